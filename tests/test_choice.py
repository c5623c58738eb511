"""The choice model's view of a cue's candidates (``features.choice_features``, ``decide.rescore``).

The choice model rescores each candidate content among its cue's others: the content score's
rank, the gap to the best, nesting, the cue words around. These tests build candidates by
hand (offsets into an invented sentence) so that the features are checked without a model.
"""

from __future__ import annotations

from newsmine.nlp.attribution import AttributionModel, Candidate, LinearScorer
from newsmine.nlp.attribution.decide import cue_groups, rescore, score_candidates
from newsmine.nlp.attribution.features import choice_features

# Invented: two cues, the second inside the content of the first.
TEXT = "The mayor said that the harbour master told her the ferry would run all winter."
SAID = TEXT.index("said")
TOLD = TEXT.index("told")


def _cand(trigger: int, trigger_char: int, start: int, end: int, score: float, relation: str = "child:ccomp") -> Candidate:
    return Candidate(trigger, trigger_char, (trigger, trigger + 1), [(start, end)], relation, -1, score=score)


def _features_by_name(features: list[str]) -> dict[str, str]:
    return dict(f.split("=", 1) for f in features if "=" in f)


def _said_and_told():
    whole = _cand(2, SAID, TEXT.index("the harbour"), len(TEXT) - 1, 0.8)  # 'the harbour master told her …'
    core = _cand(2, SAID, TEXT.index("the harbour"), TEXT.index(" told"), 0.3)  # 'the harbour master'
    told = _cand(7, TOLD, TEXT.index("the ferry"), len(TEXT) - 1, 0.6)  # 'the ferry would run all winter'
    return whole, core, told


def test_the_best_content_of_a_cue_ranks_first_and_its_rival_sees_the_gap():
    whole, core, told = _said_and_told()
    (said_group, told_group) = choice_features([[core, whole], [told]])
    core_f, whole_f = (_features_by_name(f) for f in said_group)
    assert whole_f["j:rank"] == "0" and whole_f["j:nest"] == "best"
    assert core_f["j:rank"] == "1" and core_f["j:nest"] == "inside"
    # log-odds 1.39 vs -0.85: a gap of 2.2 falls in the bin from 2 to 4 for both.
    assert whole_f["j:rank|gap"] == "0|4" and core_f["j:rank|gap"] == "1|4"
    told_f = _features_by_name(told_group[0])
    assert told_f["j:rank|gap"] == "0|single"


def test_a_cue_nested_in_another_cues_content_is_seen_from_both_sides():
    whole, core, told = _said_and_told()
    (said_group, told_group) = choice_features([[whole, core], [told]])
    whole_f, core_f = (_features_by_name(f) for f in said_group)
    told_f = _features_by_name(told_group[0])
    assert whole_f["j:inner"] != "none"  # 'told' heads a cue inside the content of 'said'
    assert core_f["j:inner"] == "none"  # 'the harbour master' holds no cue word
    assert told_f["j:outer"] != "none"  # 'told' lies inside the best content of 'said'
    assert whole_f["j:outer"] == "none"


def test_a_content_sees_the_summed_scores_of_the_cue_contents_overlapping_it():
    # Unsure contents of 'said': the whole complement, a part of it, and 'The mayor' apart.
    whole = _cand(2, SAID, TEXT.index("the harbour"), len(TEXT) - 1, 0.4)
    core = _cand(2, SAID, TEXT.index("the harbour"), TEXT.index(" told"), 0.1)
    apart = _cand(2, SAID, 0, TEXT.index(" said"), 0.2, relation="child:nsubj")
    (said_group,) = choice_features([[whole, core, apart]])
    whole_f, core_f, apart_f = (_features_by_name(f) for f in said_group)
    # 0.4 + 0.1 = 0.5 for both nested contents (log-odds 0: bin 9, from 0 to 0.5), not their
    # own scores (bins 8 and 4); 'The mayor' overlaps nothing but itself (-1.39: bin 6).
    assert whole_f["j:z"] == "8" and core_f["j:z"] == "4"
    assert whole_f["j:mass"] == "9" and core_f["j:mass"] == "9"
    assert apart_f["j:mass"] == "6"


def test_features_do_not_depend_on_the_order_of_the_candidates():
    whole, core, told = _said_and_told()
    forward = choice_features([[whole, core], [told]])
    backward = choice_features([[told], [core, whole]])
    assert forward[0] == backward[1][::-1]
    assert forward[1] == backward[0]


def test_rescore_replaces_the_content_scores_and_leaves_fixed_scores_alone():
    whole, core, told = _said_and_told()
    colon = Candidate(0, 0, (0, 1), [(0, 5)], "colon", -1, score=0.9, fixed_score=0.9)
    assert [len(g) for g in cue_groups([whole, core, told, colon])] == [2, 1]
    choice = LinearScorer({"j:bias": -1.0, "j:rank=0": 2.0}, 0.5)
    rescore([whole, core, told, colon], choice)
    assert round(whole.score, 3) == round(told.score, 3) == 0.731  # sigmoid(1): the best of their cue
    assert round(core.score, 3) == 0.269  # sigmoid(-1)
    assert colon.score == 0.9


def test_a_model_file_without_a_choice_model_scores_as_before():
    whole, core, told = _said_and_told()
    model = AttributionModel.default()
    plain = AttributionModel(model.cue, LinearScorer({"bias": 0.0}, 0.5), 0.5, {}, choice=None)
    score_candidates([whole], plain)
    assert whole.score == 0.5  # the content model's probability, no rescoring
    restored = AttributionModel.from_dict(plain.to_dict())
    assert restored.choice is None


def test_the_shipped_model_chooses_among_each_cues_contents(pipeline):
    # Invented. The joint choice keeps the whole clause for 'said' (holding another cue
    # word), one content for each of two cues of one sentence, and the relative clause
    # inside what was said.
    record = pipeline.analyze(
        "The mayor said that the harbour master told her the ferry would run all winter.\n\n"
        "The port director warned on Tuesday that fares would rise, adding that the ferry company had not been consulted.\n\n"
        "Governor Ruth Adler said the levy, which the council approved in May, would hurt farmers in the valley.\n"
    )
    model = AttributionModel.default()
    assert model.choice is not None or model.reranker is not None  # the linear choice model or the trees
    by_cue = {q.cue.text: q for q in record.quotes if q.cue is not None}
    mayor = [q for q in record.quotes if q.speaker is not None and q.speaker.text == "The mayor"]
    assert [q.text for q in mayor] == ["the harbour master told her the ferry would run all winter"]
    assert by_cue["warned"].text == "fares would rise"
    assert by_cue["adding"].text == "the ferry company had not been consulted"
    adler = [q for q in record.quotes if q.speaker is not None and q.speaker.text == "Governor Ruth Adler"]
    assert [q.text for q in adler] == ["the levy, which the council approved in May, would hurt farmers in the valley"]
