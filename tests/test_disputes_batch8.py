"""Disputes on small invented stories, for rules added after held-out batch 8: sums converted into
another currency."""

from __future__ import annotations

from test_disputes_contradictions import article, found  # the same small-article helpers


def test_a_sum_converted_into_another_currency_is_no_rival_figure():
    """"a fine of Z8.4 billion ($5.1m)" and "8.4 billion won (about $5.6 million)": one sum,
    converted at two rates; no "How much, in USD?" dispute. The sums themselves still dispute
    when they differ ("R$ 300 mil" against "R$800,000")."""
    x, _ = found([
        article("a", "The regulator said it would impose a fine of W8.4 billion ($5.1m) on Dalcor, "
                     "its spokesman Min Ho-sik said."),
        article("b", "The regulator on Monday imposed a fine of 8.4 billion won (about $5.6 million) on "
                     "Dalcor, the agency said in a statement.", date="2024-05-07"),
    ])
    assert not [d for d in x.disputes if d.title.startswith("How much")], [d.title for d in x.disputes]
    x, _ = found([
        article("a", "The prosecutor, Ana Souto, asked for a fine of R$800,000 (about $150,000) on the club."),
        article("b", "The club's president, Rui Lemos, said the fine of 800,000 reais, roughly US$ 140,000, "
                     "was absurd.",
                "The court fined the club R$ 300 mil (about US$ 56,000), judge Lia Prado said.",
                date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How much")]
    assert d.title.endswith("in BRL?"), d.title
    values = sorted(c.figure.value for p in d.positions for c in x.claims if c.id in p.claims)
    assert set(values) == {300000, 800000}, values


def test_a_bracket_after_a_count_is_no_conversion():
    """"40 people ($3m of damage)": a sum after a count is a figure of its own."""
    from build_dossier.extract.disputes import _CONVERSION_GAP, _SUM_BEFORE
    head = "The storm hurt 40 people ("
    gap = _CONVERSION_GAP.search(head)
    assert gap and not _SUM_BEFORE.search(head[:gap.start()])


def test_a_toll_dated_to_the_month_before_its_article_is_the_same_losses():
    """"said in late January that more than 2,000 soldiers had been killed or wounded" in a February
    article is an earlier estimate of the losses the others count: one dispute, no "(2024-01)"."""
    x, _ = found([
        article("a", "Defence minister Ivo Marek said in late January that more than 2,000 Zarovian soldiers "
                     "had been killed or wounded.", date="2024-02-10"),
        article("b", "The Zarovian army's spokesman, Olek Brant, said about 200 Zarovian soldiers had been killed "
                     "and 900 wounded.", date="2024-02-11"),
    ])
    tolls = [d.title for d in x.disputes if d.title.startswith("How many")]
    assert len(tolls) == 1 and "2024-01" not in tolls[0], tolls


def test_a_clause_that_asks_whether_is_no_side_of_a_polarity_dispute():
    """"The question now is whether anyone on the other side even wants them back" asks; against
    "would not force anyone to go where he does not want to go" it makes no "Is it true that the
    question now is whether ...?" dispute."""
    x, _ = found([
        article("a", "President Ora Lind said on Saturday that the country would \"not force anyone to go "
                     "where he does not want to go\".",
                "\"The question now is whether anyone on the other side even wants them back,\" the army's "
                "spokesman, Taro Venn, said."),
    ])
    assert not [d.title for d in x.disputes if "whether" in d.title], [d.title for d in x.disputes]


def test_an_open_question_pattern_leaves_assertions_alone():
    from build_dossier.extract.polarity import _lexicon
    pattern = _lexicon()["open_question"]
    assert pattern.search("It is unclear whether the plant will reopen")
    assert pattern.search("it remains to be seen if the truce holds")
    assert not pattern.search("the company said it would pay whether or not the court agreed")


def test_a_number_in_quotation_marks_still_counts_what_follows():
    """'cited "about 2,100" residents evacuated', 'said "several hundred" troops had been killed or
    wounded': the marks quote the speaker, the count is read through them; "2024" alone is no count."""
    from build_dossier.extract.figures import read_figures
    read = lambda t: [(r.figure.value, r.figure.unit) for r in read_figures(t)]
    assert read('The ministry cited "about 2,100" residents evacuated.') == [(2100, "evacuated")]
    assert read('An official said "several hundred" Zarovian troops had been killed or wounded.') == [
        (300, "killed/injured")]
    assert read('He called it "absurd" and left.') == []


def test_evacuees_counted_by_different_nouns_are_one_quantity():
    """"1,800 residents had been moved to school gymnasiums" (the city), "more than 3,500 people had
    left their homes" (a residents' group) and "2,100 residents evacuated" (the ministry): one
    question of evacuees, apart from the "27 people treated" of the same sentence."""
    x, _ = found([
        article("a", "The city government said 27 people had been treated and that about 1,800 residents had been "
                     "moved to school gymnasiums, its spokesman Han Ro said."),
        article("b", "The Tidewater Residents Group said more than 3,500 people had left their homes, its chair "
                     "Mi Sun said.",
                "The ministry said about 2,100 residents were evacuated, its official Kim Da said.",
                date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if "evacuated" in d.title]
    values = sorted(c.figure.value for p in d.positions for c in x.claims if c.id in p.claims)
    assert values == [1800, 2100, 3500], values


def test_a_breach_of_a_named_act_against_complied_with_all_laws():
    """"had violated the Water Safety Act" (a statute named "Act") against "complied with all
    applicable laws and regulations": a legality dispute."""
    x, _ = found([
        article("a", "The Environment Agency said on Monday that Dalcor had violated the Water Safety Act at its "
                     "Brenn plant.",
                "\"Dalcor complied with all applicable laws and regulations,\" the company said in a statement."),
    ])
    assert any(d.title.startswith("Is it lawful") for d in x.disputes), [d.title for d in x.disputes]


def test_a_test_that_broke_procedure_against_one_whose_procedure_was_never_broken():
    """"the test 'broke procedure'" (the club) against "dismissed the club's claim that the test had
    broken procedure" (the agency): the dismissal takes the lawful side; what a code says ("Under
    the Code, a first violation carries a ban") takes none."""
    x, names = found([
        article("a", "Its president, Rui Lemos, told reporters that the test \"broke procedure from beginning to "
                     "end\".",
                "Agency director Ana Souto dismissed the club's claim that the test had broken procedure.",
                "Under the Anti-Doping Code, a first violation involving such a substance carries a ban of up "
                "to four years."),
    ])
    (d,) = [d for d in x.disputes if any("legality" in f for f in d.found_by)]
    sides = {p.summary.split(":")[0]: {names.get(a, a) for a in p.actors} for p in d.positions}
    assert sides["A breach of the law"] == {"Rui Lemos"}, sides
    assert "Ana Souto" in sides["Does not break the law"], sides
    assert not any("Code" in s.quote for p in d.positions for s in p.sources)


def test_asking_a_body_to_do_a_step_against_refusing_that_request():
    """"would formally ask FADA to open the second sample" (a call) against "FADA has refused a
    request by Vila Nova to open the second sample" (a refusal, made by FADA, not by the club the
    "by" names): "Should FADA open the second sample?"."""
    x, names = found([
        article("a", "The club's lawyer, Ana Souto, said Vila Nova would formally ask FADA to open the second "
                     "sample and to send it to an independent expert."),
        article("b", "The Federal Anti-Doping Agency (FADA) has refused a request by the club Vila Nova to open "
                     "the second sample of its striker, saying the request was filed after the deadline.",
                date="2024-05-08"),
    ])
    (d,) = [d for d in x.disputes if any("proposal" in f for f in d.found_by)]
    assert d.title == "Should FADA open the second sample?", d.title
    refuse = next(p for p in d.positions if p.summary.startswith("Refuses"))
    assert "Vila Nova" not in {names.get(a, a) for a in refuse.actors}, refuse.actors


def test_send_captives_back_against_take_them_in():
    """"ready to hand the two captured Zarovian soldiers back to their commander" against "will accept
    the two Zarovian soldiers if they ask" and "should not be sent back against their will": one
    question, "Should the two Zarovian soldiers be sent back?"."""
    x, names = found([
        article("a", "President Ora Lind said on Sunday that Velmar was ready to hand the two captured Zarovian "
                     "soldiers back to their commander in exchange for Velmari prisoners."),
        article("b", "Ostland will accept the two Zarovian soldiers if they ask to come, the Ostland foreign "
                     "ministry said on Sunday.",
                "Ostland lawmakers said on Monday that the men should not be sent back to Zarovia against their "
                "will.", date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if any("return" in f for f in d.found_by)]
    assert d.title in ("Should the two Zarovian soldiers be sent back?",
                       "Should the two captured Zarovian soldiers be sent back?"), d.title
    labels = {p.summary.split(":")[0] for p in d.positions}
    assert "Send them back" in labels and "Take them in" in labels, labels


def test_a_pull_quote_cites_the_claim_that_quotes_its_words():
    """A paragraph that only repeats a quote ('"I want to go to Ostland"') as a side of a dispute
    cites the claim of its article that quotes those words: no statement claim of its own."""
    x, _ = found([
        article("a", "President Ora Lind offered to send them back to Zarovia in exchange for Velmari prisoners.",
                "\"I want to go to Ostland\"",
                "\"I have made my decision. I want to go to Ostland,\" the captured soldier told Ostland lawmaker "
                "Ren Tao, according to Ren."),
    ])
    assert any(any("return" in f for f in d.found_by) for d in x.disputes), [d.title for d in x.disputes]
    assert not [c for c in x.claims if c.text.strip('"“” ') == "I want to go to Ostland"], \
        [c.text for c in x.claims]


def test_a_denial_of_a_right_denies_no_statement():
    """"called the refusal 'a denial of the most basic right of defence'" deprives, it does not
    deny what another confirms ("confirmed that the club had withdrawn its objections")."""
    x, _ = found([
        article("a", "The club's lawyer, Ana Souto, confirmed that Vila Nova had withdrawn its procedural "
                     "objections before the hearing."),
        article("b", "The club's lawyer, Ana Sousa, said the player had only received the paperwork on 9 March and "
                     "called the refusal \"a denial of the most basic right of defence\" of Vila Nova's objections.",
                date="2024-05-07"),
    ])
    assert not [d for d in x.disputes if any("confirmation" in f for f in d.found_by)], [d.title for d in x.disputes]


def test_would_be_held_responsible_warns_it_blames_no_one():
    """"warned that anyone who helped would be held responsible" threatens; against "called them
    groundless rumours" it makes no "Who is to blame" dispute; "Ostland held Zarovia responsible"
    still accuses."""
    x, _ = found([
        article("a", "A commentary carried by the state news agency on Tuesday warned that anyone who helped "
                     "\"abduct\" Zarovian soldiers would be held responsible.",
                "Zarovia's envoys called the reports of abducted soldiers \"groundless rumours\"."),
    ])
    assert not [d for d in x.disputes if any("accusation" in f for f in d.found_by)], [d.title for d in x.disputes]
    import re
    from build_dossier.resources import load_data
    accusation = next(f for f in load_data("disputes")["frames"] if f["id"] == "accusation")
    cue = next(c for c in accusation["sides"]["accuse"]["cues"] if "held" in str(c))
    assert re.search(cue[3:], "the managers were held responsible for the fire", re.I)
    assert not re.search(cue[3:], "would be held responsible", re.I)


def test_a_rule_laid_down_with_no_is_no_denial():
    """"no vessel under 500 gross tons will be cleared to sail" forbids what is to come: it answers no
    statement that inspectors found cargo or that a vessel sailed; "no warning was in force" still denies."""
    from build_dossier.extract.polarity import _negations
    rule = "\"From today, no vessel under 500 gross tons will be cleared to sail while a gale warning is up,\" Rey said."
    assert not _negations(rule)
    assert _negations("He insisted that no warning was in force when the ferry left port.")
    x, _ = found([
        article("a", "\"From today, no vessel under 500 gross tons will be cleared to sail while a gale warning is up,\" "
                     "coast guard chief Ino Rey said.",
                "Marta Cruz said inspectors had found 40 tons of cargo on the vessel's deck and that the vessel "
                "was cleared to sail by the station."),
    ])
    assert not [d for d in x.disputes if any("polarity" in f for f in d.found_by)], [d.title for d in x.disputes]


def test_a_polarity_dispute_asking_what_a_confirmation_asks_joins_it():
    """"the plant had leaked acid before" (the union) against "never had a leak" (the chief
    executive) asks what "has admitted that its plant leaked acid in November" against "the
    allegation is false" asks: one dispute, the chief executive on the denying side."""
    x, names = found([
        article("a", "Dalcor has admitted that its Brenn plant leaked acid in November, the company said on Monday.",
                "\"Dalcor has no record of any previous leak at the plant, and the allegation is false,\" "
                "a spokeswoman said by phone on Friday."),
        article("b", "The union also said the plant had leaked acid before, its leader Jo Hale said.",
                "Chief executive Ivo Marek repeated on Thursday that the plant had \"never had a leak\" before.",
                date="2024-05-07"),
    ])
    asked = [d for d in x.disputes if d.title.startswith("Is it true that") and "leak" in d.title]
    assert len(asked) == 1, [d.title for d in x.disputes]
    deny = next(p for p in asked[0].positions if p.summary.startswith("Denies"))
    assert "Ivo Marek" in {names.get(a, a) for a in deny.actors}, deny.actors


def test_troops_sent_said_the_month_before_are_the_same_total():
    """"about 12,000 Chilean soldiers have been sent to Bolivia", dated to December in a January
    article, against "about 11,000 soldiers" said in January: one count of troops sent, disputed."""
    x, _ = found([
        article("a", "Peru says that about 12,000 Chilean soldiers have been sent to Bolivia and that they joined "
                     "the fighting in December.", date="2025-01-14"),
        article("b", "The intelligence service told lawmakers that Chile had sent about 11,000 Chilean soldiers "
                     "to Bolivia, its director Ren Tao said.", date="2025-01-15"),
    ])
    troops = [d for d in x.disputes if d.title.startswith("How many") and "soldiers" in d.title]
    assert len(troops) == 1 and "2024-12" not in troops[0].title, [d.title for d in x.disputes]


def test_a_unit_written_out_and_by_its_symbol_is_one_quantity():
    """"0.8 nanograms per millilitre" against "2.1 ng/mL": one unit, one dispute."""
    from build_dossier.extract.figures import read_figures
    unit = lambda t: [r.figure.unit for r in read_figures(t)]
    assert unit("The expert put it at 0.8 nanograms per millilitre.") == unit("The B sample showed 2.1 ng/mL.")
    x, _ = found([
        article("a", "The club's expert put the concentration at 0.8 nanograms per millilitre, its lawyer Ana Souto said."),
        article("b", "The agency said the sample showed 2.4 ng/mL, its director Ren Tao said.", date="2024-05-07"),
    ])
    assert len([d for d in x.disputes if d.title.startswith("How many")]) == 1, [d.title for d in x.disputes]
