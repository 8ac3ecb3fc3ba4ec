import io
import socket
from pathlib import Path

import pytest
from django.test import RequestFactory
from pypdf import PdfReader

from careerquiz.pdf import LocalFetcher, pdf_response, render_pdf

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture
def sample_templates(settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [TEMPLATES]}]


@pytest.fixture
def no_network(monkeypatch):
    """Fails the test if anything opens a network connection."""
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_a_template_becomes_a_one_page_pdf_with_its_text_in_dejavu(sample_templates, no_network):
    request = RequestFactory().get("/", HTTP_HOST="localhost")

    content = render_pdf("pdf_sample/sample.html", {"name": "Ada"}, request=request)

    reader = PdfReader(io.BytesIO(content))
    assert content.startswith(b"%PDF-")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Sample for Ada" in text
    assert "Great fit" in text
    assert "Sources line." in text
    assert "Page 1 of 1" in text
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    # Subset fonts are named "ABCDEF+Family"; pdf.css asks for DejaVu Sans from fonts-dejavu-core.
    assert {str(font["/BaseFont"]).split("+")[1] for font in fonts} == {
        "DejaVu-Sans",
        "DejaVu-Sans-Bold",
    }
    assert no_network == []


def test_the_fetcher_serves_the_sites_static_files_only():
    fetcher = LocalFetcher("https://careers.example.org/")

    stylesheet = fetcher("https://careers.example.org/static/careerquiz/pdf.css")

    assert stylesheet.content_type == "text/css"
    assert b"DejaVu Sans" in stylesheet.read()
    refused = [
        "https://example.com/static/careerquiz/pdf.css",
        "http://careers.example.org/static/careerquiz/pdf.css",
        "https://careers.example.org/results/",
        "https://careers.example.org/static/../settings.py",
        "https://careers.example.org/static/careerquiz/missing.css",
        "file:///etc/passwd",
    ]
    for url in refused:
        with pytest.raises(ValueError):
            fetcher(url)


def test_a_pdf_response_opens_in_the_browser_with_a_file_name():
    response = pdf_response(b"%PDF-1.7", filename="careerquiz-result.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="careerquiz-result.pdf"'
    assert response.content == b"%PDF-1.7"
