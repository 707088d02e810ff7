"""Celery tasks: thin wrappers so the work itself stays in articles/actions.py."""
from celery import shared_task


@shared_task(acks_late=True)
def ingest_job(job_id):
    from .actions import do_run_ingest_job

    job = do_run_ingest_job(job_id)
    return job.status if job else None
