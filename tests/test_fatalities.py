"""Kill counts with ACLED conventions: totals per sentence, vague and zero mentions, cumulative flags."""

import pickle

import pytest

from coder.match.fatalities import FatalityFinder, FatalityMention


@pytest.fixture(scope="module")
def finder():
    return FatalityFinder()


# sentence, the sentence's total (what the engine sums: non-cumulative counts; None = says nothing)
TOTALS = [
 ("Gunmen killed 12 people in the village.", 12),
 ("12 people were killed in the attack.", 12),
 ("Militants stormed the base, killing at least 12.", 12),
 ("The attack left 12 dead.", 12),
 ("12 dead after the blast.", 12),
 ("The death toll rose to 12 on Tuesday.", 12),
 ("The death toll rose from 5 to 12.", 12),
 ("An airstrike killed 5 people, raising the death toll to 12.", 12),
 ("12 bodies were found near the river.", 12),
 ("12 killed in attack on market.", 12),
 ("12 soldiers and 3 civilians were killed.", 15),
 ("The attacks had killed one child and wounded three other civilians.", 1),
 ("A suicide bomber killed himself at the checkpoint.", 1),
 ("The suicide bomber blew himself up, killing 12 people.", 12),  # the reported toll: most conservative
 ("A suicide bomber blew himself up at a checkpoint near the market.", 1),  # no other death reported
 ("Several people were killed in the clashes.", 3),
 ("The militants killed dozens.", 12),
 ("People were killed in the attack.", 3),
 ("Casualties were reported.", 3),
 ("There were no casualties.", 0),
 ("No one was killed in the blast.", 0),
 ("There were no deaths.", 0),
 ("12 injured in the blast.", None),
 ("12 people were wounded.", None),
 ("12 missing after the raid.", None),
 ("Police arrested 12 suspects.", None),
 ("12 militants were killed.", 12),
 ("The soldiers opened fire, killing two of them.", 2),
 ("One person died in the attack.", 1),
 ("Two were shot dead at the market.", 2),
 ("The group beheaded 3 hostages.", 3),
 ("Gunmen massacred 20 villagers.", 20),
 ("Twenty-three people lost their lives.", 23),
 ("Over 300 people perished in the fighting.", 300),
 ("A 12-year-old boy was killed.", 1),
 ("He was killed on 12 June.", 1),
 ("Since 2014, 3,000 have been killed.", None),
 ("Gunmen killed 5 soldiers and 3 civilians.", 8),
 ("Gunmen killed 5 people and wounded 12.", 5),
 ("12 people, including three children, were killed.", 12),
 ("Three people were killed and 12 injured.", 3),
 ("The commander was shot dead.", 1),
 ("A soldier died of his wounds.", 1),
 ("Two militants killed 12 soldiers.", 12),
 ("Police arrested 12 people and 3 were killed.", 3),
 ("Gunmen killed 5 people on Sunday, bringing to 300 the number killed since January.", 5),
 ("The airstrike killed a dozen fighters.", 12),
 ("At 10 pm, three civilians were killed.", 3),
 ("None were killed.", 0),
 ("The attack caused heavy casualties.", 3),
 ("The blast killed 1,200 people.", 1200),
 ("Nearly 30 people were killed.", 30),
 ("At least five soldiers were killed in the ambush, the army said.", 5),
 ("The explosion killed civilians.", 3),
 ("Between 10 and 20 people were killed.", 10),
 ("The bodies of 7 men were found.", 7),
 ("The clashes claimed 9 lives.", 9),
 ("Four soldiers were killed and two others wounded.", 4),
 ("The army said 40 militants were killed in airstrikes over the past week.", None),
 ("Militants attacked the town on June 12 and 4 people were killed.", 4),
 ("So far this year, 120 people have been killed in the region.", None),
 ("The strike hit a 5-storey building, killing 7.", 7),
]


@pytest.mark.parametrize("sentence,total", TOTALS)
def test_total(finder, sentence, total):
    assert finder.total(sentence) == total


@pytest.mark.parametrize("sentence,count,vague,rule_id", [
    ("Several people were killed in the clashes.", 3, True, "fat.passive"),
    ("The militants killed dozens.", 12, True, "fat.active"),
    ("People were killed in the attack.", 3, True, "fat.vague"),
    ("Fatalities were reported.", 3, True, "fat.vague"),
    ("The airstrike killed a dozen fighters.", 12, False, "fat.active"),
    ("The death toll rose to 12.", 12, False, "fat.toll"),
    ("12 bodies were found.", 12, False, "fat.bodies"),
    ("A suicide bomber killed himself.", 1, False, "fat.self"),
    ("The commander was shot dead.", 1, False, "fat.singular"),
    ("No one was killed in the blast.", 0, False, "fat.zero"),
    ("The blast caused no casualties.", 0, False, "fat.zero"),
    ("There were no immediate reports of casualties.", 0, False, "fat.zero"),
    ("The strike caused 7 deaths.", 7, False, "fat.noun"),
])
def test_single_mention(finder, sentence, count, vague, rule_id):
    (mention,) = finder.find(sentence)
    assert (mention.count, mention.vague, mention.rule_id, mention.cumulative) == (count, vague, rule_id, False)
    assert sentence[mention.start:mention.end] == mention.text


def test_coordinated_groups_are_separate_mentions(finder):
    found = finder.find("12 soldiers and 3 civilians were killed.")
    assert [(m.text, m.count) for m in found] == [("12", 12), ("3", 3)]


def test_cumulative_flag(finder):
    (mention,) = finder.find("Since 2014, 3,000 have been killed.")
    assert mention.count == 3000 and mention.cumulative
    found = finder.find("Gunmen killed 5 people on Sunday, bringing to 300 the number killed since January.")
    assert [(m.count, m.cumulative) for m in found] == [(5, False), (300, True)]


@pytest.mark.parametrize("sentence", [
    "", "The spokesman said the attacks had taken place at the president's direction.",
    "12 injured in the blast.", "Police arrested 12 suspects.", "He was born on 12 June 1990.",
    "The 2014 offensive was bloody.", "a" * 5000, "killed " * 200,
])
def test_nothing_and_never_raises(finder, sentence):
    assert all(m.count > 0 or m.rule_id == "fat.zero" for m in finder.find(sentence))
    assert finder.total(sentence) is None or sentence.startswith("killed")


def test_pickle(finder):
    clone = pickle.loads(pickle.dumps(finder))
    sentence = "Gunmen killed 5 soldiers and 3 civilians."
    assert clone.find(sentence) == finder.find(sentence)
    assert isinstance(clone.find(sentence)[0], FatalityMention)


def test_speed(finder):
    import time
    sentences = ["Gunmen killed 12 people in the village on Sunday, the police said.",
                 "The spokesman said the attacks had taken place at the direction of the president."]
    start = time.perf_counter()
    for _ in range(500):
        for s in sentences:
            finder.find(s)
    per_sentence = (time.perf_counter() - start) / 1000
    assert per_sentence < 0.001  # measured ~30 us on average; a loose ceiling for slow CI machines


# Headline and wire-report forms (new sentences, not from any gold set).
HEADLINE_TOTALS = [
 ("AFP 3/9/2004 Fourteen killed in fresh fighting near the border.", 14),   # a dateline's year is no count
 ("In 2011 nine people were killed in the raid.", 9),
 ("Nine villagers die in renewed tribal fighting", 9),
 ("Policeman dies of gunshot wounds", 1),
 ("Twelve militiamen, two policemen die in border raid", 14),
 ("Army kills rebel field commander in dawn raid", 1),                   # title case, no article
 ("Gunmen killed the district governor on his way home.", 1),
 ("Gunmen killed two farmers and a herder.", 3),                          # the count, then one more person
 ("Murders of 6 miners spark outrage", 6),
 ("Police probe the killing of 4 traders", 4),
 ("14 #ISWAP fighters were killed and 3 others were wounded", 14),
 ('FOUR "BANDITS" KILLED IN SHOOTOUT', 4),
 ('Vigilantes kill "dozens" of cattle raiders', 12),
 ("Eight policemen killed and wounded in ambush", 3),                     # the dead are fewer than eight
 ("Dozens of fighters killed, wounded in clashes", 3),
 ("Three aid workers among nine killed in convoy attack", 9),              # 'among nine': the total
 ("Bandit carrying bounty of Rs 2 lakh killed in gunfight", None),        # a reward is no count
 ("Farmers found dead after raid on village", 3),
 ("Guerrilla killed in clash with troops", 1),
 ("Storm at the border left six dead, one a child", 6),
]


@pytest.mark.parametrize("sentence,total", HEADLINE_TOTALS)
def test_headline_totals(finder, sentence, total):
    assert finder.total(sentence) == total


REPORT_TOTALS = [
 ("The raid resulted in the death of 4 herders.", 4),
 ("The corpse of a trader was found in a ditch.", 1),
 ("Police condemned the murder of a teacher.", 1),
 ("The injured officer died of his wounds two days later.", 1),
 ("A farmer and his son were killed in the raid.", 2),
 ("Three soldiers and a civilian were shot dead.", 4),
 ("A girl and two women were killed in the shelling.", 3),
 ("A mortar and a rocket killed 6 people.", 6),                           # the verb is active
 ("Fatalities: 7.", 7),
 ("Villagers killed in overnight raid on Kaduna hamlet", 3),              # plural, no number
 ("Iraqis killed as blasts hit Baghdad markets", 3),
 ("Town rocked by spate of targeted killings", 3),
 ("Rights groups said the killings must stop.", None),                   # refers back: no new deaths
 ("More casualties in shelling on the northern countryside", 3),
 ("Artillery fire leaves casualties in two villages", 3),
 ("Doctors feared more casualties.", None),
 # a rival claim about the same victims is no extra deaths; the conservative figure stays
 ("Six rebels and four policemen died in the raid, police said, while the rebels claimed 30 policemen were killed.", 10),
 ("Officials said 25 villagers were killed, but residents said 9 villagers died.", 9),
 ("Bandits killed 7 farmers, while police said 2 bandits were killed.", 9),          # other victims: added
 ("A crowd lynched and burned 4 suspected thieves.", 4),                # two coordinated verbs
 ("Gunmen killed and injured 15 passengers.", 3),                      # how many died is not said
]


@pytest.mark.parametrize("sentence,total", REPORT_TOTALS)
def test_report_totals(finder, sentence, total):
    assert finder.total(sentence) == total


def test_also_marks_more_dead(finder):
    (mention,) = finder.find("Three militiamen were also killed.")
    assert (mention.count, mention.rule_id) == (3, "fat.also")
    (mention,) = finder.find("The driver was also killed.")
    assert (mention.count, mention.rule_id) == (1, "fat.also")


def test_plural_attackers_killing_themselves_and_others_count_the_others(finder):
    """CODING_RULES: the most conservative reported figure; the bombers' own deaths are not added to it."""
    assert finder.total("Three gunmen stormed the hotel, killing themselves and 9 guests.") == 9
    assert finder.total("The two bombers blew themselves up outside the barracks.") == 2  # both bombers died


def test_a_count_of_two_coordinated_nouns_is_one_count(finder):
    """'10 soldiers and policemen' is ten people; the attackers counted after them are more dead."""
    assert finder.total("The army said 11 soldiers and policemen and 9 militants were killed in the fighting.") == 20
    assert finder.total("Six guards and drivers were killed.") == 6
    assert finder.total("Three soldiers and a civilian were killed.") == 4


def test_a_part_of_the_dead_after_the_count_adds_nobody(finder):
    """'killing 40 people, many of them children': the children are among the forty."""
    assert finder.total("Shells hit the camp, killing at least 40 people, many of them children, officials said.") == 40
    assert finder.total("Gunmen shot dead 16 villagers, six of them women, near the river.") == 16
    assert finder.total("The blast killed 8 soldiers and two of the bombers.") == 10
