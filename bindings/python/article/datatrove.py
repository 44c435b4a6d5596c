"""libarticle as a datatrove extractor, in place of trafilatura.

In a FineWeb-style pipeline, swap one line::

    from datatrove.pipeline.extractors import Trafilatura
    Trafilatura(favour_precision=True),          # before
    from article.datatrove import Libarticle
    Libarticle(),                                # after

Like datatrove's other extractors it replaces each document's HTML
(``doc.text``) with the article's body text (:func:`article.warc.body_text`:
headings and blocks, no title, figures, related links or comments), runs
in datatrove's sandbox process with its per-document ``timeout``, and drops
documents it finds no text in. A page libarticle cannot read gives empty
text (dropped, counted as such), not an exception.
"""

from __future__ import annotations

from typing import Any

from datatrove.pipeline.extractors.base import BaseExtractor


class Libarticle(BaseExtractor):
    """Extracts the article's body text with libarticle.

    ``timeout`` is datatrove's per-document limit in seconds. Keyword
    ``options`` go to :func:`article.from_html` (``favor="precision"``,
    ``max_nodes=...``, ``max_time=...`` where the library has it);
    comments and related links are left out unless asked for.
    """

    name = "📰 libarticle"

    def __init__(self, timeout: float = 1, **options: Any) -> None:
        super().__init__(timeout)
        self.options = {"comments": False, "related": False, **options}

    def extract(self, text: str) -> str:
        import article
        from article.warc import body_text

        if not text or not text.strip():
            # datatrove warms its sandbox up with an empty text.
            return ""
        try:
            return body_text(article.from_html(text, **self.options))
        except article.ArticleError:
            return ""
