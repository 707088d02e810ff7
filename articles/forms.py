from django import forms
from django.conf import settings


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's documented recipe for a field that takes several files at once."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="版面文本 Page dumps",
        help_text="One or more .txt dumps, or a .zip of them. Files named YYYY-MM-DD_PP.txt "
                  "carry their own date and page number.")
    date = forms.DateField(label="日期 Date", required=False,
                           widget=forms.DateInput(attrs={"type": "date"}))
    number = forms.IntegerField(label="版次 Page number", required=False, min_value=1,
                                max_value=999)
    page_name = forms.CharField(label="版名 Page name", required=False, max_length=64)
    newspaper = forms.CharField(label="报纸 Newspaper", max_length=64, initial="内蒙古日报")

    def clean_files(self):
        files = self.cleaned_data["files"]
        total = sum(f.size for f in files)
        if total > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"{total:,} bytes uploaded; the limit is {settings.MAX_UPLOAD_BYTES:,}")
        return files

    def clean(self):
        data = super().clean()
        if bool(data.get("date")) != bool(data.get("number")):
            raise forms.ValidationError("Give both the date and the page number, or neither "
                                        "(then they are read from the file names).")
        return data
