"""A real Celery worker process consumes ingest jobs from the configured broker (kombu's
filesystem transport by default, Redis in CI) and the page is searchable without a re-index."""
import io

from articles.models import IngestJob, Page
from conftest import wait_for


def finished(job_id):
    job = IngestJob.objects.get(pk=job_id)
    return job if job.finished else None


def test_it_makes_an_uploaded_page_searchable_through_the_worker(
        celery_worker_process, client, django_user_model, sample_bytes):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw-123456")
    client.force_login(admin)
    upload = io.BytesIO(sample_bytes)
    upload.name = "seed-page.txt"
    response = client.post("/upload/", {"files": [upload], "date": "2022-04-13", "number": "5",
                                        "page_name": "党建", "newspaper": "内蒙古日报"})
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert job.status == "queued"

    job = wait_for(lambda: finished(job.id), what="the worker to finish the job")
    assert job.status == "done", job.message + celery_worker_process.log_path.read_text()
    assert job.page == Page.objects.get() and job.page.articles.count() == 8

    results = client.get("/api/search", {"q": "鄂尔多斯"}).json()
    assert [r["title"] for r in results["results"]] == ["“硬”措施优化“软”实力"]
    assert b"ingest_job" in celery_worker_process.log_path.read_bytes()


def test_it_reports_a_bad_file_through_the_worker(celery_worker_process, sample_bytes):
    from articles.actions import do_create_ingest_job
    from django.db import transaction

    with transaction.atomic():
        bad = do_create_ingest_job(filename="2022-04-13_09.txt", data=b"\xff\xfe\x00" * 9,
                                   date=None, number=None)
    job = wait_for(lambda: finished(bad.id), what="the worker to fail the job")
    assert job.status == "failed" and job.message.startswith("2022-04-13_09.txt")
