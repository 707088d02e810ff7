from django.contrib import admin

from .models import Article, Credit, IngestJob, Page, Region, Reporter


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    autocomplete_fields = ["reporter"]


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "date", "number", "name", "estimated", "created_at"]
    list_filter = ["newspaper", "name", "estimated"]
    date_hierarchy = "date"
    search_fields = ["name", "source_name"]
    readonly_fields = ["content_hash", "encoding", "created_at"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "page", "order"]
    list_filter = ["kind"]
    search_fields = ["title"]
    raw_id_fields = ["page"]
    filter_horizontal = ["regions"]
    inlines = [CreditInline]


@admin.register(Reporter)
class ReporterAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["name", "code"]


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["filename", "status", "date", "number", "page", "created_at"]
    list_filter = ["status"]
    exclude = ["data"]
    readonly_fields = ["page", "message", "status"]
