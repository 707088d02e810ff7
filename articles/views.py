"""Browse views: pages, articles, reporters, regions, and the admins' upload page."""
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from .actions import do_accept_upload
from .forms import UploadForm
from .models import Article, Credit, IngestJob, Page, Region, Reporter
from .uploads import UploadError

PER_PAGE = 30


def _articles():
    """Articles with what every list shows, fetched in a fixed number of queries."""
    credits = Credit.objects.select_related("reporter").order_by("order")
    return (Article.objects.select_related("page")
            .prefetch_related(Prefetch("credits", queryset=credits), "regions"))


def _paginate(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))


def home(request):
    return render(request, "articles/home.html", {
        "pages": Page.objects.annotate(n=Count("articles"))[:10],
        "reporters": Reporter.objects.annotate(n=Count("articles", distinct=True))
                     .order_by("-n", "name")[:20],
        "prefectures": Region.objects.filter(level=Region.PREFECTURE),
        "article_count": Article.objects.count(),
    })


def page_list(request):
    pages = Page.objects.annotate(n=Count("articles")).order_by("-date", "number")
    return render(request, "articles/page_list.html", {"pages": _paginate(request, pages)})


def page_detail(request, pk):
    page = get_object_or_404(Page, pk=pk)
    items = _articles().filter(page=page).order_by("order")
    return render(request, "articles/page_detail.html", {"page": page, "items": items})


def page_raw(request, pk):
    page = get_object_or_404(Page, pk=pk)
    return HttpResponse(page.raw_text, content_type="text/plain; charset=utf-8")


def article_detail(request, pk):
    article = get_object_or_404(_articles(), pk=pk)
    siblings = article.page.articles.order_by("order").only("id", "title", "kind", "order")
    return render(request, "articles/article_detail.html",
                  {"article": article, "siblings": siblings})


def reporter_list(request):
    reporters = Reporter.objects.annotate(n=Count("articles", distinct=True)).order_by("name")
    q = request.GET.get("q", "").strip()
    if q:
        reporters = reporters.filter(name__contains=q)
    return render(request, "articles/reporter_list.html",
                  {"reporters": _paginate(request, reporters), "q": q})


def reporter_detail(request, name):
    reporter = get_object_or_404(Reporter, name=name)
    roles = (Credit.objects.filter(reporter=reporter).values("role")
             .annotate(n=Count("id")).order_by("-n"))
    articles = (_articles().filter(credits__reporter=reporter).distinct()
                .order_by("-page__date", "page__number", "order"))
    return render(request, "articles/reporter_detail.html", {
        "reporter": reporter, "roles": roles, "articles": _paginate(request, articles)})


def region_list(request):
    regions = (Region.objects.exclude(level=Region.PROVINCE)
               .annotate(n=Count("articles", distinct=True)).select_related("parent"))
    tree = {}
    for region in regions:
        if region.level == Region.PREFECTURE:
            tree.setdefault(region.code, [None, []])[0] = region
        else:
            tree.setdefault(region.parent.code, [None, []])[1].append(region)
    return render(request, "articles/region_list.html",
                  {"tree": [v for _, v in sorted(tree.items()) if v[0]]})


def region_detail(request, code):
    region = get_object_or_404(Region, code=code)
    articles = (_articles().filter(Q(regions=region) | Q(regions__parent=region)).distinct()
                .order_by("-page__date", "page__number", "order"))
    return render(request, "articles/region_detail.html", {
        "region": region, "children": region.children.all(),
        "articles": _paginate(request, articles)})


@staff_member_required
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            jobs = do_accept_upload(
                data["files"], date=data["date"], number=data["number"],
                page_name=data["page_name"], newspaper=data["newspaper"], user=request.user)
        except UploadError as exc:
            form.add_error("files", str(exc))
        else:
            queued = sum(j.status == IngestJob.QUEUED for j in jobs)
            messages.success(request, f"{len(jobs)} file(s) received, {queued} queued.")
            failed = len(jobs) - queued
            if failed:
                messages.warning(request, f"{failed} file(s) refused: see the list below.")
            return redirect("articles:upload")
    jobs = IngestJob.objects.select_related("page").defer("data")[:50]
    return render(request, "articles/upload.html", {"form": form, "jobs": jobs})


@staff_member_required
def job_status(request):
    """Polled by the upload page so each job's status moves without a reload."""
    ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.isdigit()]
    jobs = IngestJob.objects.filter(pk__in=ids[:200]).defer("data").select_related("page")
    return JsonResponse({"jobs": [{
        "id": j.id, "status": j.status, "label": j.get_status_display(), "message": j.message,
        "page_url": j.page.get_absolute_url() if j.page else None, "finished": j.finished,
    } for j in jobs]})
