"""Actors and coreference measured against a third party's annotation: the entity and coreference gold of
GUM's 24 Wikinews news documents, which no rule of the project was tuned to.

Source: GUM (Georgetown University Multilayer corpus), read where it lives, ``../shared/eval/gum-news/``:
``coref/gum/tsv/GUM_news_*.tsv`` (WebAnno TSV 3.2: per token its character offsets into the space-joined
token text, the entity spans with their type and id, infstat, salience, a Wikipedia identity for named
entities, and the coreference links between spans) and ``xml/GUM_news_*.xml`` (the same tokens in their
paragraphs, and the publication day). Licence: the Wikinews texts are CC BY 2.5 (Wikinews contributors), GUM's
annotations CC BY 4.0 (``../shared/eval/gum-news/LICENSE.txt``). Nothing is copied into the repository; the
script exits with status 2 and a message when the folder is absent.

The text our actors stage reads is rebuilt from GUM's tokens exactly as ``scripts/build_fresh_set.py`` builds
the fresh set (paragraphs from the XML, no space before closing punctuation), so it is the text of the fresh
set's GUM documents; GUM's tokens are then found in it in order, which gives each GUM span its offsets in our
text. Only the actors stage runs (spaCy parse + actors).

What is gold:

- a GUM *mention* is one entity span; GUM *entities* are its spans joined by identity links (``coref``,
  ``ana``, ``cata``, ``appos``, and ``pred``, through which GUM's chains run on: "X was a guest ... he";
  bridging and ``disc`` links do not join) or by one Wikipedia identity. An entity's type is the
  type most of its mentions carry.
- a mention is a *pronoun* when it is one personal or possessive pronoun ("he", "their"), *named* when its
  head (its last word before a comma, a possessive, a preposition, a relative pronoun or a participle) is a
  proper noun by GUM's universal part-of-speech tag (PROPN) ("Donald Trump", "the Church of Scientology", "Trump's"), else a
  *description* ("the team", "the Afghan team's coach"). (Without GUM's XML - the tests' small file - a
  capitalised head that does not merely start the sentence counts as a proper noun.)
- a *named person/organization entity* is an entity of type person or organization with at least one named
  mention. These are what (a), (b) and link recall count.

Each of our mentions is *aligned* to the GUM mention it overlaps most (by characters; on a tie the shorter,
so "his" goes to "his", not to "his team"), and through it to that mention's entity; a mention of ours that
overlaps no GUM mention is aligned to nothing.

The figures:

- (a) **entity recall**: of GUM's named person/organization entities, the share *found*: one of our mentions
  is aligned to one of its mentions, or one of our actors is named (``names.name_key``) like one of its named
  mentions. The entity's *actor* is the actor with most mentions aligned to it (then the one so named).
- (b) **kind agreement**: of the found entities, the share whose actor has the entity's kind: our
  ``person`` for GUM person; our ``organization`` or ``media`` for GUM organization (``group`` and
  ``country`` actors count as disagreeing).
- (c) **link precision**: over every actor of ours of kind person, organization or media, every pair of its
  mentions that are both aligned to some GUM mention: the share of pairs whose two mentions belong to one GUM
  entity (any type). (``link_precision_all`` counts every actor, countries and groups too: a country actor
  holds its demonyms, "Afghan", "Afghans", which GUM keeps apart from the country by its own convention.) **Link recall**: over
  the named, pronoun and description mentions of the *found* named person/organization entities, the share
  that a mention of the entity's actor is aligned to (given apart for named mentions, pronouns and
  descriptions). A mention of a found entity attached to another actor, or to none, is a miss.

Error classes (``--errors``): *missed entity* (not found), *wrong kind*, *wrong link* (a pair of one actor's
mentions that GUM keeps in two entities; listed by mention), *missing link* (a mention of a found entity its
actor does not hold: ``elsewhere`` when another actor holds it, ``none`` when no actor does).

Usage::

    python benchmarks/gum_actors.py [--json] [--errors] [--only afghan,clock] [--shared DIR]

The 24 documents are the fresh set of rounds 7-10, whose *output* was read by engineers: the figures are on
partly seen text (no rule was written from GUM's annotation).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IDENTITY_LINKS = {"coref", "ana", "cata", "appos", "pred"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
            "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves", "i", "me", "my",
            "mine", "myself", "you", "your", "yours", "yourself"}
KINDS = {"person": {"person"}, "organization": {"organization", "media"}}
_SPAN = re.compile(r"^([^\[]+)(?:\[(\d+)\])?$")
_LINK = re.compile(r"^(\d+-\d+)(?:\[(\d+)_(\d+)\])?$")


@dataclass
class Mention:
    key: str  # the span's id in the file ("12", or "t:3-4" for an unnumbered one-token span)
    type: str
    tokens: list[int] = field(default_factory=list)  # indexes into Gold.words
    identity: str = ""
    start: int = 0  # offsets in our text
    end: int = 0
    text: str = ""
    kind: str = "description"  # named, pronoun or description


@dataclass
class Gold:
    name: str
    sentences: list[list[int]]  # token indexes of each sentence
    words: list[str]
    mentions: dict[str, Mention]
    entity_of: dict[str, str]  # mention key -> entity key (the union-find root)
    published: str | None = None
    text: str = ""
    tags: list[str] = field(default_factory=list)  # GUM's universal part-of-speech tags (from the XML), when read


def read_tsv(path: Path) -> Gold:
    """GUM's spans and identity chains from one WebAnno TSV 3.2 file."""
    words: list[str] = []
    sentences: list[list[int]] = []
    where: dict[str, int] = {}  # "3-4" -> token index
    mentions: dict[str, Mention] = {}
    links: list[tuple[str, str, str, str]] = []  # (source key, target token, target key, type)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#Text="):
            sentences.append([])
            continue
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        tid, word = cols[0], cols[2]
        index = len(words)
        words.append(word)
        where[tid] = index
        sentences[-1].append(index)
        layer = (cols + ["_"] * 10)[:10]
        entity, identity, link_types, link_targets = layer[3], layer[6], layer[8], layer[9]
        if entity != "_":
            identities = identity.split("|") if identity != "_" else []
            for n, span in enumerate(entity.split("|")):
                m = _SPAN.match(span)
                if not m:
                    continue
                key = m.group(2) or f"t:{tid}"
                mention = mentions.setdefault(key, Mention(key, m.group(1)))
                mention.tokens.append(index)
                for ident in identities:  # "Donald_Trump[3]": the identity of span 3
                    im = _SPAN.match(ident)
                    if im and (im.group(2) or f"t:{tid}") == key:
                        mention.identity = im.group(1)
        if link_types != "_":
            for kind, target in zip(link_types.split("|"), link_targets.split("|")):
                m = _LINK.match(target)
                if m:
                    target_key = m.group(2) if m.group(2) and m.group(2) != "0" else f"t:{m.group(1)}"
                    source_key = m.group(3) if m.group(3) and m.group(3) != "0" else f"t:{tid}"
                    links.append((source_key, m.group(1), target_key, kind))
    parent = {k: k for k in mentions}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    for source, _target_token, target, kind in links:
        if kind in IDENTITY_LINKS and source in parent and target in parent:
            parent[root(source)] = root(target)
    first_with: dict[str, str] = {}  # one Wikipedia identity is one entity, linked or not
    for key, mention in mentions.items():
        if mention.identity:
            other = first_with.setdefault(mention.identity, key)
            parent[root(key)] = root(other)
    return Gold(path.stem, sentences, words, mentions, {k: root(k) for k in mentions})


_CUT_WORDS = {"of", "in", "at", "for", "from", "to", "with", "on", "by", "who", "whom", "whose", "which", "that",
              "regarding", "about", "as", "under", "over", "after", "before", "since", "near", "like"}
_CUT_TAGS = {"ADP", "PART", "VERB", "PRON", "SCONJ"}  # universal tags
_POSSESSIVE = {"'s", "'", "’s", "’"}


def mention_kind(tokens: list[str], tags: list[str] | None = None, sentence_start: bool = False) -> str:
    """pronoun, named or description. The head is the last word before the first post-modifier (a comma, a
    possessive ending, a preposition, a relative pronoun or a participle; with part-of-speech tags from GUM's
    XML, by universal tag, without them by word); the mention is named when the head is a proper noun (PROPN;
    without tags: a capitalised word that does not merely start the sentence)."""
    if len(tokens) == 1 and tokens[0].lower() in PRONOUNS:
        return "pronoun"
    cut = len(tokens)
    for i in range(1, len(tokens)):
        if tokens[i] in _POSSESSIVE or tokens[i] == "," or (
                tags[i] in _CUT_TAGS if tags else tokens[i].lower() in _CUT_WORDS):
            cut = i
            break
    head = next((i for i in range(cut - 1, -1, -1) if any(ch.isalnum() for ch in tokens[i])), None)
    if head is None:
        return "description"
    if tags:
        return "named" if tags[head] == "PROPN" else "description"
    if not tokens[head][:1].isupper() or (head == 0 and sentence_start):
        return "description"
    return "named"


@lru_cache(maxsize=1)
def _fresh_builder():
    spec = importlib.util.spec_from_file_location("build_fresh_set", ROOT / "scripts" / "build_fresh_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def _gum_articles(folder: Path) -> dict[str, dict]:
    """The fresh set's articles of a folder of GUM XML, by id: read once, not once per document."""
    return {a["id"]: a for a in _fresh_builder().gum_articles(folder)}


def place_text(gold: Gold, xml: Path | None) -> None:
    """Our text (the fresh set's, from the XML's paragraphs; without the XML one paragraph per sentence) and
    every GUM mention's offsets in it."""
    if xml is not None and xml.exists():
        article = _gum_articles(xml.parent)[xml.stem]
        gold.text, gold.published = article["text"], article["published"]
        tags = [line.split("\t")[4] for line in xml.read_text(encoding="utf-8").split("\n") if "\t" in line]
        gold.tags = tags if len(tags) == len(gold.words) else []
    else:
        gold.text = "\n\n".join(_fresh_builder()._join([gold.words[i] for i in s]) for s in gold.sentences)
    spans, pos = [], 0
    for word in gold.words:
        found = gold.text.find(word, pos)
        if found < 0 or found - pos > 40:  # a token the text spells otherwise: keep to where we are
            spans.append((pos, pos))
            continue
        spans.append((found, found + len(word)))
        pos = found + len(word)
    for m in gold.mentions.values():
        m.start, m.end = spans[m.tokens[0]][0], spans[m.tokens[-1]][1]
        m.text = gold.text[m.start:m.end]
    firsts = {s[0] for s in gold.sentences if s}
    for m in gold.mentions.values():
        m.kind = mention_kind([gold.words[i] for i in m.tokens], [gold.tags[i] for i in m.tokens] if gold.tags else None,
                              m.tokens[0] in firsts)


def our_actors(texts: list[tuple[str, str | None]]) -> list[list[dict]]:
    """Our actors of each text (spaCy + the actors stage only), as plain dicts."""
    from eventwire.pipeline import Pipeline
    from eventwire.record import Article
    from eventwire.stages import actors

    pipe = Pipeline(stages=(("actors", actors.run),))
    out = []
    for outcome in pipe.run(Article(text=t, published=p) for t, p in texts):
        record = outcome.record
        out.append([] if record is None else
                   [{"id": a.id, "name": a.name, "kind": a.kind,
                     "mentions": [(m.start, m.end, m.text) for m in a.mentions]} for a in record.actors])
    return out


def align(gold: Gold, start: int, end: int) -> Mention | None:
    """The GUM mention our span overlaps most (ties: the shorter), or None."""
    best, best_key = None, None
    for m in gold.mentions.values():
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        key = (overlap, -(m.end - m.start))
        if best_key is None or key > best_key:
            best, best_key = m, key
    return best


@dataclass
class Tally:
    entities: int = 0
    found: int = 0
    kind_right: int = 0
    pairs: int = 0
    pairs_right: int = 0
    pairs_all: int = 0
    pairs_all_right: int = 0
    links: Counter = field(default_factory=Counter)  # class -> mentions counted
    links_right: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("entities", "found", "kind_right", "pairs", "pairs_right", "pairs_all", "pairs_all_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.links.update(other.links)
        self.links_right.update(other.links_right)
        self.errors.extend(other.errors)

    def figures(self) -> dict:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        out = {"entities": self.entities, "found": self.found,
               "entity_recall": share(self.found, self.entities),
               "kind_agreement": share(self.kind_right, self.found),
               "link_pairs": self.pairs, "link_precision": share(self.pairs_right, self.pairs),
               "link_pairs_all": self.pairs_all, "link_precision_all": share(self.pairs_all_right, self.pairs_all),
               "link_mentions": sum(self.links.values()),
               "link_recall": share(sum(self.links_right.values()), sum(self.links.values()))}
        for cls in ("named", "pronoun", "description"):
            out[f"link_recall_{cls}"] = share(self.links_right[cls], self.links[cls])
            out[f"link_mentions_{cls}"] = self.links[cls]
        return out


def score(gold: Gold, actors: list[dict]) -> Tally:
    """The figures of one document (see the module's docstring)."""
    from eventwire.names import name_key

    t = Tally()
    aligned: dict[str, list[Mention | None]] = {}  # actor id -> the GUM mention of each of its mentions
    for a in actors:
        aligned[a["id"]] = [align(gold, s, e) for s, e, _ in a["mentions"]]
    by_entity: dict[str, list[Mention]] = {}
    for m in gold.mentions.values():
        by_entity.setdefault(gold.entity_of[m.key], []).append(m)
    for entity, ms in sorted(by_entity.items(), key=lambda kv: min(m.start for m in kv[1])):
        etype = Counter(m.type for m in ms).most_common(1)[0][0]
        named = [m for m in ms if m.kind == "named"]
        if etype not in KINDS or not named:
            continue
        t.entities += 1
        title = max(named, key=lambda m: (len(m.text), -m.start)).text
        keys = {m.key for m in ms}
        hits = Counter({a["id"]: sum(1 for g in aligned[a["id"]] if g is not None and g.key in keys) for a in actors})
        actor_id = next((i for i, n in hits.most_common() if n), None)
        if actor_id is None:
            names = {name_key(m.text) for m in named}
            actor_id = next((a["id"] for a in actors if name_key(a["name"]) in names), None)
        if actor_id is None:
            t.errors.append({"doc": gold.name, "class": "missed entity", "entity": title, "type": etype})
            continue
        t.found += 1
        actor = next(a for a in actors if a["id"] == actor_id)
        if actor["kind"] in KINDS[etype]:
            t.kind_right += 1
        else:
            t.errors.append({"doc": gold.name, "class": "wrong kind", "entity": title, "type": etype,
                             "ours": actor["kind"], "actor": actor["name"]})
        held = {g.key for g in aligned[actor_id] if g is not None}
        for m in sorted(ms, key=lambda m: m.start):
            t.links[m.kind] += 1
            if m.key in held:
                t.links_right[m.kind] += 1
                continue
            other = next((a["name"] for a in actors if a["id"] != actor_id
                          and any(g is not None and g.key == m.key for g in aligned[a["id"]])), None)
            t.errors.append({"doc": gold.name, "class": "missing link", "entity": title, "actor": actor["name"],
                             "mention": m.text, "mention_class": m.kind, "at": m.start,
                             "held_by": other or "none"})
    for a in actors:
        spans = [(g, mention) for g, mention in zip(aligned[a["id"]], a["mentions"]) if g is not None]
        counted = a["kind"] in KINDS["person"] | KINDS["organization"]
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                right = gold.entity_of[spans[i][0].key] == gold.entity_of[spans[j][0].key]
                t.pairs_all += 1
                t.pairs_all_right += right
                if counted:
                    t.pairs += 1
                    t.pairs_right += right
        if not counted:
            continue
        # one error line per mention that GUM puts outside the entity most of the actor's mentions belong to
        if len(spans) > 1:
            main = Counter(gold.entity_of[g.key] for g, _ in spans).most_common(1)[0][0]
            for g, mention in spans:
                if gold.entity_of[g.key] != main:
                    t.errors.append({"doc": gold.name, "class": "wrong link", "actor": a["name"],
                                     "mention": mention[2], "at": mention[0], "gum_type": g.type})
    return t


def load(shared: Path, only: list[str] | None = None) -> list[Gold]:
    folder = shared / "eval" / "gum-news"
    tsvs = sorted((folder / "coref" / "gum" / "tsv").glob("GUM_news_*.tsv"))
    if only:
        tsvs = [p for p in tsvs if p.stem.removeprefix("GUM_news_") in only]
    golds = []
    for path in tsvs:
        gold = read_tsv(path)
        place_text(gold, folder / "xml" / (path.stem + ".xml"))
        golds.append(gold)
    return golds


def measure(golds: list[Gold]) -> tuple[Tally, dict[str, Tally]]:
    every = our_actors([(g.text, g.published) for g in golds])
    total, per = Tally(), {}
    for gold, actors in zip(golds, every):
        per[gold.name] = score(gold, actors)
        total.add(per[gold.name])
    return total, per


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: ../shared)")
    parser.add_argument("--only", default="", help="comma-separated short names (afghan,clock) of documents")
    parser.add_argument("--json", action="store_true", help="the figures (total and per document) as JSON")
    parser.add_argument("--errors", action="store_true", help="list the errors by class")
    args = parser.parse_args(argv)
    folder = args.shared / "eval" / "gum-news" / "coref" / "gum" / "tsv"
    if not folder.is_dir():
        print(f"{folder}: GUM's news coreference files not found (GUM lives in ../shared/eval/gum-news/)",
              file=sys.stderr)
        return 2
    golds = load(args.shared, [s for s in args.only.split(",") if s] or None)
    total, per = measure(golds)
    if args.json:
        out = {"documents": len(golds), "total": total.figures(),
               "per_document": {k: v.figures() for k, v in per.items()}}
        if args.errors:
            out["errors"] = total.errors
        print(json.dumps(out, indent=1))
        return 0
    f = total.figures()
    rows = [("documents", len(golds), ""),
            ("(a) entity recall", f["entity_recall"], f"{f['found']} of {f['entities']} named person/org entities"),
            ("(b) kind agreement", f["kind_agreement"], f"of {f['found']} found"),
            ("(c) link precision", f["link_precision"], f"{f['link_pairs']} pairs of one person/org actor's mentions"),
            ("    (every actor)", f["link_precision_all"], f"{f['link_pairs_all']} pairs"),
            ("    link recall", f["link_recall"], f"{f['link_mentions']} mentions of found entities"),
            ("      named", f["link_recall_named"], f"{f['link_mentions_named']} mentions"),
            ("      pronoun", f["link_recall_pronoun"], f"{f['link_mentions_pronoun']} mentions"),
            ("      description", f["link_recall_description"], f"{f['link_mentions_description']} mentions")]
    for label, value, note in rows:
        print(f"{label:<22} {value if value is not None else '-':>7}  {note}")
    if args.errors:
        print()
        print("errors by class:", dict(Counter(e["class"] for e in total.errors)))
        for e in total.errors:
            print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
