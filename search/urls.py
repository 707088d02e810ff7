from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/export.csv", views.export, name="export"),
    path("api/search", views.api, name="api"),
]
