"""Reading the cells of an import's rows into guests' values, a column at a time.

Lists repeat their values (中国, 是, 男, the same unit, flight and organisation), so
each distinct cell of a column is parsed once per import and the answer (or the
problem) reused for every row holding it. The rules are those of :mod:`.parse`;
only the bookkeeping is shared. A row's problems are listed in the same order as
its columns are checked: name, country, gender, phone, email, ID, category,
arrival, departure, attending, then the lengths.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fairdesk.core.guests.importing import cell_values
from fairdesk.core.guests.importing.columns import ColumnMapping, field_label
from fairdesk.core.guests.importing.rows import ImportRow, Problem

TEXT_FIELDS = ("name_roman", "honorific", "organisation", "title", "province", "city", "wechat",
               "invited_by", "arrival_transport", "arrival_place", "departure_transport",
               "departure_place", "notes")
MAX_LEN = {"name": 120, "name_roman": 120, "honorific": 40, "organisation": 200, "title": 200, "province": 60,
           "city": 60, "wechat": 80, "invited_by": 60, "arrival_transport": 20,
           "arrival_place": 60, "departure_transport": 20, "departure_place": 60,
           "dietary": 200, "email": 200, "phone": 40, "id_number": 40}
# The order of a guest's values (and so of the columns written).
VALUE_KEYS = ("name", *TEXT_FIELDS, "country", "gender", "phone", "email", "id_number",
              "id_type", "category", "dietary", "language", "arrival_at", "departure_at")
HOME_LANGUAGE = {"CN": "zh", "HK": "zh", "MO": "zh", "TW": "zh"}
_NUMBERS = frozenset({int, float, bool})  # equal values of these types hash alike


class ColumnReader:
    """Reads every row's cells under one mapping, collecting each row's problems."""

    def __init__(self, mapping: ColumnMapping, year: int, tz: Any, default_category: str) -> None:
        self.columns = mapping.mapped()
        self.headers = mapping.headers
        self.year, self.tz = year, tz
        self.default_category = default_category

    def read(self, rows: list[ImportRow]) -> None:
        """Fill ``values``, ``reply`` and ``unit_name`` of each row; mark rows with problems."""
        if not rows:
            return
        self.rows = rows
        # The columns; every row is padded to the header's width, longer ones are cut there.
        self.table = list(zip(*(r.cells for r in rows), strict=False))
        text = self._texts
        names = self._each("name", cell_values.name)
        for i, name in enumerate(names):
            if not name:
                self.problem(i, "name", "姓名为空。", "the name is empty.")
        texts = [text(key) for key in TEXT_FIELDS]
        countries = self._parsed("country", cell_values.country, "CN", parse_empty=True)
        genders = self._parsed("gender", cell_values.gender, "")
        phones = self._parsed("phone", cell_values.phone, "")
        emails = self._parsed("email", cell_values.email, "")
        id_numbers = self._parsed("id_number", cell_values.id_number, "")
        id_types = [written or guess for written, guess in zip(
            self._parsed("id_type", cell_values.id_type, ""),
            _pairwise(cell_values.guess_id_type, id_numbers, countries), strict=True)]
        categories = self._parsed("category", self._category, self.default_category,
                                  parse_empty=True)
        notes = texts[TEXT_FIELDS.index("notes")]
        dietary = _pairwise(cell_values.dietary, self._texts("dietary"), notes)
        languages = _pairwise(_language, text("language"), countries)
        arrivals = self._parsed("arrival_at", self._moment, None)
        departures = self._parsed("departure_at", self._moment, None)
        replies = self._parsed("attending", cell_values.reply, None)
        units = text("inviting_unit")
        columns = (names, *texts, countries, genders, phones, emails, id_numbers, id_types,
                   categories, dietary, languages, arrivals, departures)
        for row, values, reply, unit in zip(rows, zip(*columns, strict=True), replies, units,
                                            strict=True):
            row.values = dict(zip(VALUE_KEYS, values, strict=True))
            row.reply, row.unit_name = reply, unit
        self._check_lengths(dict(zip(VALUE_KEYS, columns, strict=True)))
        for i, (arrival, departure) in enumerate(zip(arrivals, departures, strict=True)):
            if arrival and departure and departure <= arrival:
                self.problem(i, "departure_at", "离开时间须晚于抵达时间。",
                             "departure must be after arrival.")

    # --- columns ------------------------------------------------------------------------
    def _cells(self, key: str) -> list[Any] | tuple[Any, ...]:
        """The column's cells, one per row (None where the file has no such column)."""
        col = self.columns.get(key)
        if col is None or col >= len(self.table):
            return [None] * len(self.rows)
        return self.table[col]

    def _each(self, key: str, fn: Callable[[Any], Any]) -> list[Any]:
        """``fn`` of each cell of the column, computed once per distinct cell."""
        cells = self._cells(key)
        if len(_NUMBERS.intersection(map(type, cells))) <= 1:  # 1, 1.0 and True never meet
            answers = {cell: fn(cell) for cell in dict.fromkeys(cells)}
            return list(map(answers.__getitem__, cells))
        typed = {(type(cell), cell): cell for cell in cells}
        answers = {key: fn(cell) for key, cell in typed.items()}
        return [answers[type(cell), cell] for cell in cells]

    def _texts(self, key: str) -> list[str]:
        if key not in self.columns:
            return [""] * len(self.rows)
        return self._each(key, cell_values.text)

    def _parsed(self, key: str, parser: Callable[[Any], Any], empty: Any, *,
                parse_empty: bool = False) -> list[Any]:
        """The column parsed; a cell's problem is the row's, and its value ``empty`` then.

        Empty cells are ``empty`` without asking the parser, unless ``parse_empty``
        (the country and category have defaults of their own).
        """
        def attempt(cell: Any) -> Any:
            if not parse_empty and (cell is None or cell == ""):
                return empty
            try:
                return parser(cell)
            except cell_values.CellProblem as exc:
                return exc

        out = self._each(key, attempt)
        for i, value in enumerate(out):
            if isinstance(value, cell_values.CellProblem):
                self.problem(i, key, value.zh, value.en)
                out[i] = empty
        return out

    def _category(self, cell: Any) -> str:
        return cell_values.category(cell, self.default_category)

    def _moment(self, cell: Any) -> str | None:
        return cell_values.datetime_value(cell, self.year, self.tz)

    # --- problems -----------------------------------------------------------------------
    def problem(self, index: int, key: str, zh: str, en: str) -> None:
        row = self.rows[index]
        col = self.columns.get(key)
        header = self.headers[col] if col is not None else field_label(key)
        row.problems.append(Problem(row.line, key, header, zh, en))
        row.status = "invalid"

    def _check_lengths(self, columns: dict[str, list[Any]]) -> None:
        """A row's over-long values, in the order of MAX_LEN (as its problems are listed)."""
        for key, limit in MAX_LEN.items():
            values = columns[key]
            if max(map(len, values)) > limit:
                for i, value in enumerate(values):
                    if len(value) > limit:
                        self.problem(i, key, f"不能超过 {limit} 个字。",
                                     f"at most {limit} characters.")


def _pairwise(fn: Callable[[Any, Any], Any], firsts: Any, seconds: Any) -> list[Any]:
    """``fn(a, b)`` for each pair of the two columns, computed once per distinct pair."""
    pairs = list(zip(firsts, seconds, strict=True))
    answers = {pair: fn(*pair) for pair in dict.fromkeys(pairs)}
    return list(map(answers.__getitem__, pairs))


def _language(written: str, country: str) -> str:
    code = written.lower()[:2]
    return code if code in ("zh", "en") else HOME_LANGUAGE.get(country, "en")
