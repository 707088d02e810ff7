from django.core.management.base import BaseCommand

from articles.actions import do_sync_regions


class Command(BaseCommand):
    help = "Create or update the Inner Mongolia regions from the gazetteer shipped with the project."

    def handle(self, *args, **options):
        n = do_sync_regions()
        self.stdout.write(f"{n} regions in the gazetteer; database in sync.")
