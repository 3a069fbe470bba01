"""Disputes on small invented stories, for rules added in round A: questions that are fragments,
sums per head named in different words, counts of one quantity named by different nouns."""

from __future__ import annotations

from test_disputes_contradictions import article, found  # the same small-article helpers


def test_a_polarity_pair_whose_question_is_a_fragment_is_no_dispute():
    """"When our captain asked for clearance" (an adverbial clause) against "not a clearance of
    the company": no side reads as a statement, so no "Is it true that When ...?" dispute."""
    x, _ = found([
        article("a", "\"When our captain asked for clearance, there was no storm warning for our route. The sky "
                     "was clear,\" Tomas Brell told reporters outside the company's office near the port."),
        article("b", "On Saturday, the Harbour Authority allowed two of Norline Ferries' boats to sail again. "
                     "Authority chief Ines Vara said the decision \"is not a clearance of the company\" and that "
                     "the case was still being heard.", date="2024-05-07"),
    ])
    titles = [d.title for d in x.disputes]
    assert not any(t.startswith("Is it true that When") for t in titles), titles
    assert all(not t.lower().startswith("is it true that when ") for t in titles)


def test_a_capital_p_before_a_sum_is_the_peso_sign():
    """"P200,000" (Philippine press style for ₱) is a sum in pesos; "p 12" or "P12" is not."""
    from build_dossier.extract.figures import read_figures
    read = [(r.figure.value, r.figure.unit) for r in read_figures("The company paid P200,000 each to 19 families.")]
    assert (200000, "PHP/each") in read
    assert [(r.figure.value, r.figure.unit) for r in read_figures("A loan of P1.5 billion.")] == [(1500000000, "PHP")]
    assert not [r for r in read_figures("See p 200,000 and P12 on the map.") if r.figure.kind == "money"]


def test_sums_per_head_each_and_a_lump_shared_among_them_are_one_dispute():
    """"Rs 1 crore for each bereaved family" (a demand), "Rs 5 lakh each" and a "Rs 2 crore fund to be
    shared among the affected families" (an offer): one question, asked per family."""
    x, _ = found([
        article("a", "The parents' forum wants Rs 1 crore for each bereaved family, its convenor Ravi Kale said.",
                "The state will pay Rs 5 lakh each to the families, health minister Usha Rane said."),
        article("b", "Velmora Pharma announced a Rs 2 crore welfare fund to be shared among the affected "
                     "families, its director Anil Mehra said.", date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How much")]
    assert d.title.endswith("per family, in INR?"), d.title
    values = sorted(c.figure.value for p in d.positions for c in x.claims if c.id in p.claims)
    assert values == [500000, 10000000, 20000000]


def test_people_aboard_are_one_quantity_whichever_noun_counts_them():
    """"118 passengers" (the manifest), "141 people aboard" and "at least 160 people" on board: one
    question, "How many people were aboard?"; "89 people" pulled from the water is another count,
    and "12 people still missing" counts the missing."""
    from build_dossier.extract.figures import read_figures
    units = lambda t: [(r.figure.value, r.figure.unit) for r in read_figures(t)]
    assert units("The manifest listed 118 passengers and 12 crew members.") == [(118, "people aboard"), (12, "crew members")]
    assert units("The coast guard now counts 141 people aboard.") == [(141, "people aboard")]
    assert units("He said there were \"at least 160 people\" on board.") == [(160, "people aboard")]
    assert units("Rescuers pulled 89 people from the water.") == [(89, "people")]
    assert units("The toll rose to 26, with 12 people still missing.")[-1] == (12, "missing")
    x, _ = found([
        article("a", "The ferry's manifest listed 118 passengers, the coast guard said."),
        article("b", "Survivor Dan Cabo said there were \"at least 160 people\" on board.", date="2024-05-07"),
    ])
    assert [d.title for d in x.disputes if d.title.startswith("How many")] == ["How many people were aboard?"]


def test_residents_are_counted_as_people():
    """"7,400 residents" and "9,200 people" count the same kind of thing (WordNet "inhabitant")."""
    from build_dossier.extract.figures import read_figures
    assert [r.figure.unit for r in read_figures("About 7,400 residents remain under evacuation order.")] == ["people"]


def test_figures_of_a_paragraph_that_calls_them_disputed_are_sides():
    """One article, one paragraph, no named giver for one count: "The number of people forced from
    their homes is also in question" makes its two counts a dispute."""
    text = ("The number of people forced from their homes is also in question. The district says about "
            "7,400 residents remain under evacuation order. The Ministry of Emergency Management said "
            "Friday that 9,200 people have registered for emergency support.")
    x, _ = found([article("a", text)])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    assert len(d.positions) == 2
    y, _ = found([article("a", text.replace("is also in question. ", "grew. "))])
    assert not [d for d in y.disputes if d.title.startswith("How many")]


def test_an_embassys_staff_are_its_diplomats():
    """"five members of its embassy", "four embassy staff" and "three diplomats" count one thing."""
    from build_dossier.extract.figures import read_figures
    units = lambda t: [r.figure.unit for r in read_figures(t)]
    assert units("The ministry said five members of its embassy had been expelled.") == ["diplomats"]
    assert units("TAP reported that four embassy staff had left.") == ["diplomats"]
    assert units("Tunis expelled three diplomats.") == ["diplomats"]


def test_rival_causes_of_one_event_are_a_dispute():
    """"Lightning remains the most likely cause" (the co-op) against "the line started the fire"
    (the residents' lawyer): "What caused the fire?", a position per cause; a cause only denied
    ("is not evidence that the line started a fire") is no side."""
    x, _ = found([
        article("a", "\"Lightning remains the most likely cause,\" co-op chief executive Lorne Baker said."),
        article("b", "Lawyer Dana Firth said the line started the fire on Friday.", date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("What caused")]
    assert d.title == "What caused the fire?"
    assert [p.summary.split(":")[0] for p in d.positions] == ["Lightning", "The line"]
    y, _ = found([
        article("a", "\"Lightning remains the most likely cause,\" co-op chief executive Lorne Baker said."),
        article("b", "\"A fault on a line is not evidence that the line started a fire,\" Lorne Baker said.",
                date="2024-05-07"),
    ])
    assert not [d for d in y.disputes if d.title.startswith("What caused")]


def test_two_voices_asking_one_addressee_for_different_steps_are_a_dispute():
    """"I am asking the Harbour Authority to let our other four boats sail" against "I will ask the
    Harbour Authority to revoke it" a paragraph later: what should the authority do? Two voices
    asking it for the same step are no dispute."""
    x, names = found([
        article("a", "Senator Mara Quist questioned the ferry operator's president, Tomas Brell, on Monday.",
                "Brell then asked to keep the rest of his business afloat. \"I am asking this committee and the "
                "Shipping Authority to let our other four boats sail,\" he said.",
                "Quist was unmoved. \"I will ask the Shipping Authority to revoke it, all of it,\" she told him."),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("What should")]
    assert d.title == "What should the Shipping Authority do?"
    assert [names[a] for p in d.positions for a in p.actors] == ["Tomas Brell", "Mara Quist"]
    y, _ = found([
        article("a", "Shipping Authority chief Ines Vara opened the hearing on Monday.",
                "\"I am asking the Shipping Authority to revoke the licence,\" Senator Mara Quist said.",
                "\"We ask the Shipping Authority to revoke it,\" union leader Tomas Brell said."),
    ])
    assert not [d for d in y.disputes if d.title.startswith("What should")]


def test_calling_someones_figures_fabricated_is_an_accusation_rejected_the_paragraph_after():
    """"calling X's numbers 'fabricated'" accuses; "Y, a professor who co-founded X, rejected the
    accusation" a paragraph later answers it, and cites Y's own words of that paragraph."""
    x, names = found([
        article("a", "The statistics office hit back on Thursday, calling Pricewatch's numbers \"fabricated\", "
                     "its head Omer Tan said.",
                "Lena Brandt, an economics professor who co-founded Pricewatch, rejected the accusation. \"Our "
                "basket and our method are online for anyone to check,\" she told reporters."),
    ])
    (d,) = [d for d in x.disputes if "fabricated" in d.title]
    assert d.title == "Are Pricewatch's numbers fabricated?"
    reject = next(p for p in d.positions if p.summary.startswith("Rejects"))
    assert [names[a] for a in reject.actors] == ["Lena Brandt"]
    assert any("online for anyone to check" in c.text for c in x.claims if c.id in reject.claims)


def test_a_denial_that_there_was_something_asks_whether_there_was():
    """"denied there was an outbreak" against "the classic conditions for an outbreak" (a quotation
    opening with "We", no statement of its own): the question is the denial's, "Was there ...?"."""
    x, _ = found([
        article("a", "\"We are seeing the classic conditions for a typhus outbreak in the shelters,\" said "
                     "Dr. Mira Olsen, the UN health agency's representative in Velmar.",
                "Velmar's health department denied there was an outbreak."),
    ])
    titles = [d.title for d in x.disputes]
    assert "Was there an outbreak?" in titles, titles
    d = next(d for d in x.disputes if d.title == "Was there an outbreak?")
    assert {s.article for p in d.positions for s in p.sources} == {"a"} and len(d.positions) == 2
