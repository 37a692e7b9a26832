"""When the parse gives a cue verb several subjects (the quote's own 'we', a caption before the
sentence), the speaker is the nearest one not set off from the cue by quotation marks, dashes or
brackets. Sentences are the project's own."""


def _speaker_of(doc, words):
    q = next(q for q in doc.quotes if words in q.text)
    return doc.actor(q.speaker).name if q.speaker else None


def test_the_quotes_own_we_is_not_the_speaker(process):
    doc = process("Teachers marched in Dodoma on Friday. Their union leader is Grace Mushi. \"In recent years, I "
                  "believe the ministry has put its money into new schools and new staff… but we "
                  "[still] have problems with our salaries,\" said Mushi.", until="quotes")
    assert (_speaker_of(doc, "In recent years") or "").endswith("Mushi")


def test_a_caption_word_before_the_sentence_is_not_the_speaker(process):
    doc = process("LISTEN: Tom Baker's radio report Nurses across the country say the strike will go on.",
                  until="quotes")
    assert _speaker_of(doc, "the strike will go on") != "Tom Baker"


def test_set_off_counts_quotation_marks_dashes_and_brackets(nlp):
    from eventwire.stages.attribution.speakers import _set_off

    d = nlp("Rashid — leader of the Nour Front — said (as Omar Adel noted) that \"we won,\" Lina said.")
    by = {t.text: t for t in d}
    assert not _set_off(by["Rashid"], by["said"])
    assert _set_off(by["Front"], by["said"])
    assert _set_off(by["Adel"], by["that"])
    assert _set_off(by["we"], by["Lina"])
