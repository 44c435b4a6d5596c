"""Prints the outline of an article: metadata, section headings, block
types. Usage: python3 outline.py page.html [url] | python3 outline.py x.json"""

import sys

import article


def main() -> int:
    path = sys.argv[1]
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".json"):
        doc = article.from_json(data)
    else:
        doc = article.from_html(data, url=sys.argv[2] if len(sys.argv) > 2 else None)
    print(doc.title)
    print("by", ", ".join(a.name for a in doc.authors) or "?", "on", doc.published or "?")
    for section in doc.sections:
        print("#" * (section.level or 1), section.heading_text or "(opening)")
        for block in section.blocks:
            print("   ", block.type, repr(block.text[:50]))
    print(len(doc.related), "related links,", len(doc.comments), "comments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
