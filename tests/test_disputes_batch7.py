"""Disputes on small invented stories, for rules added after held-out batch 7: a surname two
people share, and questions that read as questions."""

from __future__ import annotations

from test_disputes_contradictions import article, found, worded  # the same small-article helpers


def test_a_surname_two_people_share_is_the_one_the_paragraph_quotes():
    """"Mr Okafor, who is not related to the doctor, also said ..." next to a quote by Daniel
    Okafor: his denial, though Dr Grace Okafor is named too."""
    x, names = found([
        article("a", "Dr Grace Okafor, who heads the kidney unit at St Luke's Hospital, said ten children had died.",
                "The managing director of Velmora Pharma, Daniel Okafor, said the syrup was safe.",
                "Mr Okafor, who is not related to the doctor, also said the company had never sold the product "
                "abroad. \"We are cooperating fully with the authorities,\" Daniel Okafor said."),
        article("b", "The World Health Organization said two batches of the syrup had been sold abroad by the "
                     "company and found in pharmacies in Lome.", date="2024-05-09"),
    ])
    (d,) = [d for d in worded(x) if any("abroad" in p.summary for p in d.positions)]
    sides = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert "Daniel Okafor" in sides["Says it is not so"]
    assert "World Health Organization" in sides["Says it is so"]


def test_a_corrective_contrast_denies_its_second_term():
    """"a temporary deposit requirement, not a capital control" against "that is a capital control":
    a dispute, and its question is a question."""
    x, names = found([
        article("a", "\"What we introduced is a temporary deposit requirement, not a capital control,\" finance "
                     "minister Ivo Marek said."),
        article("b", "\"If your money cannot leave for 30 days, that is a capital control,\" analyst Lena Brandt "
                     "said.", date="2024-05-07"),
    ])
    (d,) = worded(x)
    assert d.title == "Is it a capital control?"
    sides = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert sides == {"Says it is so": {"Lena Brandt"}, "Says it is not so": {"Ivo Marek"}}
    assert "Says it is not so: “not a capital control”" in [p.summary for p in d.positions]


def test_questions_are_questions_not_fragments():
    """A statement with no clause of its own ("a sudden squall that no one could have foreseen")
    is asked from its denial's words: "Was there a sudden squall ...?"."""
    x, _ = found([
        article("a", "In a statement, Velmora Lines said the ferry was hit by \"a sudden squall that no one "
                     "could have foreseen.\""),
        article("b", "Weather specialist Ana Lind said the bureau's stations recorded no sudden squall in the "
                     "area that afternoon.", date="2024-05-07"),
    ])
    titles = [d.title for d in worded(x)]
    assert titles == ["Was there a sudden squall in the area that afternoon?"]



def test_one_holders_two_denials_of_a_paragraph_make_no_new_claim():
    """The quoted claim of "Daniel Okafor" stands for his unquoted "Mr Okafor ... also said" beside it:
    the dispute makes no claim of its own for that sentence."""
    x, _ = found([
        article("a", "Dr Grace Okafor, who heads the kidney unit at St Luke's Hospital, said ten children had died.",
                "The managing director of Velmora Pharma, Daniel Okafor, said the syrup was safe.",
                "Mr Okafor, who is not related to the doctor, also said the company had never sold the product "
                "abroad. \"We have never sold a single bottle abroad,\" Daniel Okafor said."),
        article("b", "The World Health Organization said two batches of the syrup had been sold abroad by the "
                     "company and found in pharmacies in Lome.", date="2024-05-09"),
    ])
    (d,) = [d for d in worded(x) if any("abroad" in p.summary for p in d.positions)]
    assert not [c for c in x.claims if "disputes:" in " ".join(c.found_by) and "not related" in c.text]
    assert any("single bottle" in p.summary for p in d.positions)
