"""The archive's data: pages as uploaded, the items parsed from them, who wrote them, where.

Writes go through articles/actions.py (do_* functions) so that the database and the search
index never disagree; views and tasks only read here.
"""
from django.conf import settings
from django.db import models
from django.urls import reverse


class Region(models.Model):
    """An Inner Mongolia administrative unit, keyed by its GB/T 2260 code."""

    PROVINCE, PREFECTURE, COUNTY = "province", "prefecture", "county"
    LEVELS = [(PROVINCE, "自治区"), (PREFECTURE, "盟/市"), (COUNTY, "旗/县/区")]

    code = models.CharField(max_length=6, unique=True)
    name = models.CharField(max_length=32)
    level = models.CharField(max_length=12, choices=LEVELS)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:region", args=[self.code])


class Reporter(models.Model):
    """A person named in a byline. Dumps carry names only, so the name is the identity."""

    name = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:reporter", args=[self.name])


class Page(models.Model):
    """One printed page, with the dump exactly as uploaded (decoded) kept beside the parse."""

    newspaper = models.CharField(max_length=64, default="内蒙古日报")
    date = models.DateField(db_index=True)
    number = models.PositiveSmallIntegerField("page number")
    name = models.CharField("page name (版名)", max_length=64, blank=True)
    raw_text = models.TextField(help_text="The dump as uploaded, decoded to Unicode.")
    encoding = models.CharField(max_length=32, blank=True)
    source_name = models.CharField(max_length=255, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    leftover = models.TextField(
        blank=True, help_text="Text the parser could not place in any item (shown as a warning)."
    )
    estimated = models.BooleanField(
        default=False, help_text="Date/number/name are estimates, not printed facts."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["newspaper", "date", "number"], name="one_page_per_number"
            )
        ]

    def __str__(self):
        return f"{self.newspaper} {self.date:%Y-%m-%d} 第{self.number}版 {self.name}".strip()

    def get_absolute_url(self):
        return reverse("articles:page", args=[self.pk])


class Article(models.Model):
    """One item of a page: a news article, a ◎-signed commentary or a captioned photo."""

    ARTICLE, COMMENTARY, PHOTO = "article", "commentary", "photo"
    KINDS = [(ARTICLE, "文章"), (COMMENTARY, "评论"), (PHOTO, "图片")]

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="articles")
    order = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=KINDS, default=ARTICLE)
    title = models.CharField(max_length=255, blank=True)
    paragraphs = models.JSONField(default=list, blank=True)
    caption = models.TextField(blank=True)
    regions = models.ManyToManyField(Region, blank=True, related_name="articles")
    reporters = models.ManyToManyField(Reporter, through="Credit", related_name="articles")

    class Meta:
        ordering = ["page", "order"]
        constraints = [
            models.UniqueConstraint(fields=["page", "order"], name="one_item_per_position")
        ]

    def __str__(self):
        return self.title or f"({self.get_kind_display()})"

    def get_absolute_url(self):
        return reverse("articles:article", args=[self.pk])

    @property
    def body(self):
        """The text as one string, paragraphs separated by newlines (what search indexes)."""
        return self.caption if self.kind == self.PHOTO else "\n".join(self.paragraphs)


class Credit(models.Model):
    """A byline entry: who, in which role, whether on the paper's staff."""

    REPORTER, CORRESPONDENT, INTERN, AUTHOR, PHOTOGRAPHER = "记者", "通讯员", "实习生", "作者", "摄影"
    ROLES = [(r, r) for r in (REPORTER, CORRESPONDENT, INTERN, AUTHOR, PHOTOGRAPHER)]

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="credits")
    reporter = models.ForeignKey(Reporter, on_delete=models.PROTECT, related_name="credits")
    role = models.CharField(max_length=8, choices=ROLES)
    staff = models.BooleanField(default=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["article", "order"]

    def __str__(self):
        return f"{self.reporter.name}（{self.role}）"


class IngestJob(models.Model):
    """One uploaded dump on its way into the archive. The bytes stay here whatever happens."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, "排队中 queued"), (RUNNING, "处理中 running"), (DONE, "完成 done"),
                (FAILED, "失败 failed")]

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    filename = models.CharField(max_length=255)
    data = models.BinaryField()
    newspaper = models.CharField(max_length=64, default="内蒙古日报")
    date = models.DateField(null=True, blank=True)
    number = models.PositiveSmallIntegerField(null=True, blank=True)
    page_name = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED, db_index=True)
    message = models.TextField(blank=True)
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.filename} ({self.status})"

    @property
    def finished(self):
        return self.status in (self.DONE, self.FAILED)
