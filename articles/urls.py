from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("pages/", views.page_list, name="pages"),
    path("pages/<int:pk>/", views.page_detail, name="page"),
    path("pages/<int:pk>/raw.txt", views.page_raw, name="page_raw"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("reporters/", views.reporter_list, name="reporters"),
    path("reporters/<str:name>/", views.reporter_detail, name="reporter"),
    path("regions/", views.region_list, name="regions"),
    path("regions/<str:code>/", views.region_detail, name="region"),
    path("upload/", views.upload, name="upload"),
    path("upload/jobs.json", views.job_status, name="job_status"),
]
