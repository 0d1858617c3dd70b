"""The keyword side of the index: tantivy over the analysed stems of every entry.

tantivy (a Rust search engine, through its Python bindings) keeps the inverted index on disk
and memory-maps it, so opening a million-entry index costs milliseconds and a query touches
only the posting lists of its terms. It does not analyse anything: each entry is indexed as
the stems claimcheck's own analyser produced (see :mod:`claimcheck.index.records`), split on
white space. Its BM25 (k1 1.2, b 0.75, quantised lengths) only *gathers* candidates; the
matcher rescores them with claimcheck's own BM25 and coverage, from the terms records.

One document per entry: ``terms`` (the stems; term frequencies kept, positions not),
``row`` (the entry's row in the store, a fast field) and ``file`` (the id of its ledger
file, so that re-indexing a file deletes its documents with one term).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

TERMS, ROW, FILE = "terms", "row", "file"
# Memory for tantivy's indexing buffers: large enough that a million entries build in few
# segments, small enough for a laptop (it is the writer's whole budget, across its threads).
_WRITER_HEAP = 256 * 1024 * 1024


def _schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field(TERMS, stored=False, tokenizer_name="whitespace", index_option="freq")
    builder.add_unsigned_field(ROW, stored=False, indexed=False, fast=True)
    builder.add_unsigned_field(FILE, stored=False, indexed=True, fast=False)
    return builder.build()


class Lexical:
    """A tantivy index in ``directory`` (or in memory with None), and its current searcher."""

    def __init__(self, directory: Path | None, *, create: bool = True) -> None:
        import tantivy

        self._tantivy = tantivy
        self.schema = _schema()
        if directory is None:
            self.index = tantivy.Index(self.schema)
        else:
            if not create and not tantivy.Index.exists(str(directory)):
                raise FileNotFoundError(f"no index in {directory}")
            directory.mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(self.schema, path=str(directory), reuse=True)
        self.index.config_reader(reload_policy="Manual")
        self._writer: Any = None
        self.refresh()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Search what was last committed (a snapshot: later commits are not seen)."""
        self.index.reload()
        self.searcher = self.index.searcher()
        self._doc_freq: dict[str, int] = {}

    @property
    def num_docs(self) -> int:
        return self.searcher.num_docs

    def doc_freq(self, stem: str) -> int:
        """How many entries hold ``stem`` (entries deleted since the last merge included)."""
        known = self._doc_freq.get(stem)
        if known is None:
            known = self._doc_freq[stem] = self.searcher.doc_freq(TERMS, stem)
        return known

    def gather(self, groups: dict[tuple[str, ...], float], depth: int) -> list[int]:
        """The rows of the ``depth`` entries that best match ``groups`` (a term's alternative
        stems → its weight), by tantivy's BM25 with the best alternative of each term."""
        tantivy = self._tantivy
        Query, schema = tantivy.Query, self.schema
        clauses = []
        for stems, weight in groups.items():
            if len(stems) == 1:
                query = Query.term_query(schema, TERMS, stems[0])
            else:
                query = Query.disjunction_max_query(
                    [Query.term_query(schema, TERMS, stem) for stem in stems]
                )
            if weight != 1.0:
                query = Query.boost_query(query, weight)
            clauses.append((tantivy.Occur.Should, query))
        if not clauses:
            return []
        hits = self.searcher.search(Query.boolean_query(clauses), limit=depth, count=False).hits
        if not hits:
            return []
        return self.searcher.fast_field_values(ROW, [address for _, address in hits])

    # -- writing -----------------------------------------------------------------------------

    def _writing(self) -> Any:
        if self._writer is None:
            self._writer = self.index.writer(_WRITER_HEAP)
        return self._writer

    def delete_files(self, file_ids: Iterable[int]) -> None:
        writer = self._writing()
        Query = self._tantivy.Query
        for file_id in file_ids:
            # by query: delete_documents_by_term takes a Python int for a signed term, and so
            # deletes nothing in an unsigned field
            writer.delete_documents_by_query(Query.term_query(self.schema, FILE, file_id))

    def delete_all(self) -> None:
        self._writing().delete_all_documents()

    def add(self, rows: Iterable[tuple[int, int, str]]) -> None:
        """Index entries given as (row, file id, terms record)."""
        from claimcheck.index.records import lexical_text

        writer = self._writing()
        Document = self._tantivy.Document
        for row, file_id, record in rows:
            document = Document()
            document.add_text(TERMS, lexical_text(record))
            document.add_unsigned(ROW, row)
            document.add_unsigned(FILE, file_id)
            writer.add_document(document)

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
        self.refresh()

    def rollback(self) -> None:
        if self._writer is not None:
            self._writer.rollback()
            self._writer = None
