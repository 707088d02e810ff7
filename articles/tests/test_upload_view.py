"""Admins upload dumps in the browser; each file becomes a job with a visible status."""
import io
import zipfile

import pytest

from articles.actions import do_run_ingest_job
from articles.models import IngestJob, Page


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw-123456")
    client.force_login(user)
    return client


def post(client, files, **fields):
    data = {"newspaper": "内蒙古日报", "date": "", "number": "", "page_name": "", **fields,
            "files": files}
    return client.post("/upload/", data)


def named(name, data):
    f = io.BytesIO(data)
    f.name = name
    return f


def test_it_sends_anonymous_users_to_the_login(client, db):
    response = client.get("/upload/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_it_queues_an_upload_and_returns_at_once(admin_client, sample_bytes, search_index):
    response = post(admin_client, [named("seed.txt", sample_bytes)], date="2022-04-13",
                    number="5", page_name="党建")
    assert response.status_code == 302
    [job] = IngestJob.objects.all()
    assert (job.status, job.page_name, job.number, bytes(job.data)) == (
        "queued", "党建", 5, sample_bytes)
    assert Page.objects.count() == 0  # the parse is the worker's job
    page = admin_client.get("/upload/").content.decode()
    assert "seed.txt" in page and "status-queued" in page


def test_it_reports_the_status_of_jobs_as_json(admin_client, sample_bytes, search_index,
                                                transactional_db):
    post(admin_client, [named("seed.txt", sample_bytes)], date="2022-04-13", number="5")
    job = IngestJob.objects.get()
    status = admin_client.get(f"/upload/jobs.json?ids={job.id}").json()["jobs"][0]
    assert status["status"] == "queued" and not status["finished"]
    do_run_ingest_job(job.id)  # what the worker runs
    status = admin_client.get(f"/upload/jobs.json?ids={job.id}").json()["jobs"][0]
    assert status["status"] == "done" and status["finished"]
    assert status["page_url"] == Page.objects.get().get_absolute_url()
    assert "8 items loaded" in status["message"]


def test_it_takes_date_and_page_from_names_in_a_zip(admin_client, sample_bytes):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("2022-04-13_05.txt", sample_bytes)
        zf.writestr("../../etc/cron.d/evil.txt", "坏")
        zf.writestr("notes.txt", "没有日期")
        zf.writestr("2022-04-13_06.txt", "")
    post(admin_client, [named("batch.zip", buf.getvalue())], page_name="党建")
    jobs = {j.filename: j for j in IngestJob.objects.all()}
    assert jobs["2022-04-13_05.txt"].status == "queued" and jobs["2022-04-13_05.txt"].number == 5
    assert jobs["../../etc/cron.d/evil.txt"].status == "failed"
    assert "outside the archive" in jobs["../../etc/cron.d/evil.txt"].message
    assert "empty" in jobs["2022-04-13_06.txt"].message
    assert jobs["notes.txt"].date is None


def test_it_fails_a_job_without_date_with_a_clear_message(admin_client, sample_bytes,
                                                           search_index, transactional_db):
    post(admin_client, [named("seed.txt", sample_bytes)])
    job = do_run_ingest_job(IngestJob.objects.get().id)
    assert job.status == "failed" and "YYYY-MM-DD_PP.txt" in job.message


@pytest.mark.parametrize("data,reason", [
    ("第一版 内容".encode("utf-16-le")[:7], "decode"),
    (bytes(range(256)) * 40, "binary"),
    (("Lorem ipsum dolor sit amet.\n" * 20).encode(), "page"),
])
def test_it_fails_a_bad_dump_with_a_clear_message_and_keeps_it(
        admin_client, search_index, transactional_db, data, reason):
    post(admin_client, [named("bad.txt", data)], date="2022-04-13", number="5")
    job = do_run_ingest_job(IngestJob.objects.get().id)
    assert job.status == "failed" and job.message.startswith("bad.txt")
    assert "Traceback" not in job.message and bytes(job.data) == data
    assert Page.objects.count() == 0


def test_it_marks_a_duplicate_upload_failed_and_links_the_page(
        admin_client, sample_bytes, search_index, transactional_db):
    for number in ("5", "7"):
        post(admin_client, [named("seed.txt", sample_bytes)], date="2022-04-13", number=number)
    first, second = IngestJob.objects.order_by("id")
    do_run_ingest_job(first.id)
    job = do_run_ingest_job(second.id)
    assert job.status == "failed" and "already in the archive" in job.message
    assert job.page == Page.objects.get()


def test_it_refuses_a_zip_bomb_without_queueing_anything(admin_client, settings):
    settings.MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"2022-04-13_0{i}.txt", b"\0" * (3 * 1024 * 1024))
    response = post(admin_client, [named("bomb.zip", buf.getvalue())])
    assert response.status_code == 200 and "zip bomb" in response.content.decode()
    assert IngestJob.objects.count() == 0


def test_it_asks_for_both_date_and_page_number(admin_client, sample_bytes):
    response = post(admin_client, [named("seed.txt", sample_bytes)], date="2022-04-13")
    assert response.status_code == 200 and "Give both the date and the page number" in \
        response.content.decode()
