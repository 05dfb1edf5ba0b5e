"""Who claims an event or is blamed for it, and who reports on it in its own words (from ``assemble``):

- ``actor.claim``: a group claiming the event is actor1 when the text named none or only a generic one (the claim
  may come a few sentences later when those between name no side: "The bomber also died. Hamas claimed ..."; a
  claim of responsibility up to CLAIM_WINDOW sentences after the event, on the same terms); so is a group blamed
  for it ("Boko Haram was suspected", "police blamed the attack on ISWAP", "...; Chechen rebels blamed").
- ``actor.self_report``: so is the named group speaking right after an unnamed one told what it did.
"""

from __future__ import annotations

import re

from coder.match.actors import NON_STATE_ARMED_INTERS, STATE_INTER, ActorMention
from coder.match.assemble import BACKFILL_WINDOW, CLAIM_WINDOW, DISRUPTED_CLASSES, Event, same_actor
from coder.match.mentions import ArticleMatches
from coder.match.roles import Side

_CLAIM_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*[^,]{0,60},\s*)?(?:has\s+|have\s+|later\s+|quickly\s+|both\s+|also\s+)?(?:claimed|claims|"
    r"claiming|took|accepted)\s+(?:responsibility|credit|(?:the|this|that|these|both|the\s+two|an?)\s+"
    # "claimed a grenade attack", "claimed the suicide bombing" (a weapon word or two before; not "a series of ...")
    r"(?:(?!series\b|string\b|spate\b|wave\b|number\b|couple\b)[\w-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"explosion|killing|assault|raid|ambush|abduction|kidnapping|shooting|massacre|strike)s?)\b"
    # (not "claimed responsibility for previous attacks": other events)
    r"(?!\s+for\s+(?:previous|earlier|past|similar|other|several|many|numerous|most|some|a\s+series|a\s+string|"
    r"dozens|scores|hundreds|attacks|bombings|killings|abductions)\b)|"
    r"\s+(?:said|says|admitted)\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|"
    r"were\s+behind|conducted|staged|launched|planted|set\s+off|detonated)\b|\s+(?:had\s+)?(?:tele)?phoned\s+(?:in\s+)?an?\s+(?:coded\s+)?warning\b|"
    # suspicion: "Boko Haram was suspected", "ISWAP is believed to be behind the attack", "... were blamed"
    r"\s+(?:militants\s+|fighters\s+)?(?:was|were|is|are)\s+(?:(?:widely|also|strongly|initially|later|subsequently|quickly|officially)\s+)?(?:suspected|blamed|"
    r"believed\s+to\s+(?:be|have\s+been)\s+(?:behind|responsible)|thought\s+to\s+(?:be|have\s+been)\s+behind|"
    r"held\s+responsible)\b|"  # a headline's, ending its clause: "bombing kills 11; Chechen rebels blamed"
    r"\s+(?:militants\s+|fighters\s+|rebels\s+)?(?:blamed|suspected)\s*(?:$|[;.\"])", re.IGNORECASE)
# the same, with the group after the cue: "authorities blamed the attack on ISWAP", "police suspect Al Shabaab",
# "one of a series of assaults claimed by the outlawed BLA", "blamed the blast on the outlawed PKK" (up to two words)
_CLAIM_BEFORE = re.compile(
    r"\b(?:claimed\s+by|blame[ds]?\s+(?:(?:the|this|that)\s+\w+\s+|it\s+)?on|attributed\s+(?:(?:the|this|that)\s+\w+\s+|it\s+)?to|"
    r"suspect(?:ed|s)?|accused|blame[ds]?)\s+(?:the\s+(?-i:[a-z][a-z-]*\s+){0,2})?"
    # "blamed the Dagoberto Ramos front of the FARC dissidents": a named unit of the group
    r"(?:(?:(?-i:[A-Z][\w'-]*|\d+(?:st|nd|rd|th)?)\s+){1,4}(?:front|column|faction|wing|branch|cell|unit|bloc|block|"
    r"brigade|battalion|structure|commando)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_CLAIM_REACH = 72  # characters looked back from a group for a blame cue (a unit's name may stand between)
_GENERIC_INITIATOR_INTERS = frozenset({2, 3})  # "gunmen", "a suicide bomber", "insurgents": a claim names them
_STATE_SIDE_KINDS = frozenset({"agent", "state_organ"})


# "killing 4 suspected Al Shabaab militants", "arrested two alleged ISWAP members": the victims are described
_COUNTED_SUSPECTS = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
                               r"killing|killed|arrested|detained|captured|neutrali[sz]ed|eliminated)\s+(?:\w+\s+)?$",
                               re.IGNORECASE)


def _blamed(text: str, start: int, actor: ActorMention) -> bool:
    """A blame cue right before ``actor`` ("blamed the attack on", "suspected"), not before ``start``; not
    "suspected" describing counted or killed people ("killing 4 suspected Al Shabaab militants")."""
    found = _CLAIM_BEFORE.search(text, max(start, actor.start - _CLAIM_REACH), actor.start)
    if found is None:
        return False
    return not (text[found.start():found.start() + 7].lower() == "suspect"
                and _COUNTED_SUSPECTS.search(text, max(0, found.start() - 24), found.start()) is not None)


def claimed_by(event: Event, matches: ArticleMatches, busy: frozenset[int] = frozenset()) -> None:
    """``actor.claim``: an armed group that claims the event ("Al Shabaab claimed responsibility", "the BLA said it
    carried out the attack", "IS claimed the bombing") or is blamed for it ("Boko Haram was suspected", "police
    blamed the attack on ISWAP") in the sentences describing it becomes actor1 when the text named no initiator or
    only a generic one; it is then no longer a candidate target. ``actor.claim_disrupted``: the group blamed for a
    bomb the state defused or a plot it foiled ("British army experts defused a car bomb ... The IRA was blamed") is
    the other side of that disrupted weapons use."""
    side1 = event.side1
    if event.cls in DISRUPTED_CLASSES and side1 is not None and side1.main is not None \
            and side1.main.inter == STATE_INTER:
        owner = _claimant(event, matches, busy, False)
        if owner is not None and not same_actor(side1, Side([owner])):
            event.side2 = Side([owner])
            event.rule_ids.append("actor.claim_disrupted")
        return
    if side1 is not None and side1.main is not None and not (
            side1.main.kind == "agent" and side1.main.inter in _GENERIC_INITIATOR_INTERS):
        return
    actor = _claimant(event, matches, busy, side1 is None or side1.main is None)
    if actor is None and busy:
        actor = _joint_claimant(event, matches)
    if actor is not None:
        event.side1 = Side([actor])
        if event.side2 is not None and event.side2.main is not None and event.side2.main.entry_id == actor.entry_id:
            event.side2 = None
        event.rule_ids.append("actor.claim")


def _claimant(event: Event, matches: ArticleMatches, busy: frozenset[int], nobody: bool) -> ActorMention | None:
    """The group that claims the event or is blamed for it in the sentences telling of it (``nobody``: the event
    has no initiator, so a state's forces blamed for it count too)."""
    first = event.first_sentence
    # a claim of responsibility may come further on ("The TPNPB claimed responsibility" after the victims' story);
    # blame only within the nearer reach (the sentences between name no side either way: _claim_reach)
    last = _claim_reach(event, matches, busy, CLAIM_WINDOW)
    near = min(last, event.last_sentence + _CLAIM_SENTENCES)  # (_CLAIM_SENTENCES > BACKFILL_WINDOW)
    start, end = matches.sentences[first][0], matches.sentences[last][1]
    near_end = matches.sentences[near][1]
    for actor in matches.actors:
        if not start <= actor.start < end or matches.sentence_of(actor.start) in busy:
            continue
        # a group that claims or is blamed; "Azerbaijan blamed Armenian forces": a state's forces blamed for an
        # event nobody was named for (the blame cue is looked for only where it can decide)
        if actor.kind == "armed_group":
            taken = _CLAIM_AFTER.match(matches.text, actor.end) is not None \
                or (actor.start < near_end and _blamed(matches.text, start, actor))
        elif nobody and actor.inter == 1 and actor.kind in _STATE_SIDE_KINDS:
            taken = actor.start < near_end and _blamed(matches.text, start, actor)
        else:
            continue
        if taken:
            return actor
    return None


_CLAIM_SENTENCES = 3  # sentences after the event a claim may come, when those between name no side
# a claim of several events told together: "Al Qaeda claimed responsibility for both attacks" reaches past the
# sentences of the other events it names (``actor.claim``)
_JOINT_CLAIM_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:has\s+|later\s+)?(?:claimed|claims)\s+(?:responsibility\s+for\s+)?"
    r"(?:both|all\s+(?:the\s+)?(?:\w+\s+)?|the\s+two|these)\s+(?:\w+\s+)?(?:attacks|bombings|blasts|explosions|raids|"
    r"assaults|killings)\b", re.IGNORECASE)


def _joint_claimant(event: Event, matches: ArticleMatches) -> ActorMention | None:
    """The armed group that claims 'both attacks' in the sentences after the event, other events between or not."""
    last = min(len(matches.sentences) - 1, event.last_sentence + CLAIM_WINDOW)
    start, end = matches.sentences[event.last_sentence][1], matches.sentences[last][1]
    for actor in matches.actors:
        if start <= actor.start < end and actor.kind == "armed_group" \
                and _JOINT_CLAIM_AFTER.match(matches.text, actor.end) is not None:
            return actor
    return None


def _claim_reach(event: Event, matches: ArticleMatches, busy: frozenset[int], reach: int) -> int:
    """The last sentence a claim of the event may stand in: the one after the event, or further (up to ``reach``
    after its last) while the sentences between name no actor but generic agents and tell no other event ("...
    killing 40 CRPF personnel. The bomber also died. Jaish-e-Mohammad claimed responsibility."). A nearer reach
    is this one capped: the walk stops at the same sentence whatever the reach."""
    count = len(matches.sentences)
    last = min(count - 1, event.last_sentence + BACKFILL_WINDOW)
    while last + 1 < count and last < event.last_sentence + reach and last not in busy \
            and last + 1 not in busy:
        if any(a.kind != "agent" for a in matches.in_sentence(matches.actors, last)):
            break
        last += 1
    return last


# an unnamed group telling what it did ("An ethnic minority armed group said on Friday that it had taken ..."), and a
# named group speaking ("The Myanmar National Democratic Alliance Army (MNDAA) said ...")
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:armed|rebel|insurgent|militant|separatist|jihadist|resistance|ethnic)\s+"
    r"(?:[\w-]+\s+)?(?:group|movement|alliance|faction|organi[sz]ation|army|force)\s+(?:said|says|claimed|announced)\b")
_SPEAKER_NOUN = re.compile(r"(?:group|movement|alliance|faction|organi[sz]ation|army|force)\s+(?:said|says|claimed|"
                           r"announced)\b")  # what every _UNNAMED_SPEAKER match holds
_NAMED_SPEAKS = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:said|says|claimed|announced)\b")


def self_reported_by(event: Event, matches: ArticleMatches, busy: frozenset[int] = frozenset()) -> None:
    """``actor.self_report``: an event an unnamed armed group reports of itself ("An ethnic minority armed group said
    it had taken Laukkai") is the named non-state group that speaks in the sentence after ("The MNDAA said ..."),
    when the text named no initiator or only a generic one."""
    side1 = event.side1
    if side1 is not None and side1.main is not None and not (
            side1.main.kind == "agent" and side1.main.inter in _GENERIC_INITIATOR_INTERS):
        return
    first = event.first_sentence
    start, end = matches.sentences[first]
    if _SPEAKER_NOUN.search(matches.lower, start, end) is None or \
            _UNNAMED_SPEAKER.search(matches.lower, start, end) is None:  # the literal-led test first: it is cheap
        return
    stop = matches.sentences[min(len(matches.sentences) - 1, first + 1)][1]
    for actor in matches.actors:
        if start <= actor.start < stop and actor.kind == "armed_group" and actor.inter in NON_STATE_ARMED_INTERS \
                and matches.sentence_of(actor.start) not in busy and _NAMED_SPEAKS.match(matches.text, actor.end):
            event.side1 = Side([actor])
            if event.side2 is not None and event.side2.main is not None and event.side2.main.entry_id == actor.entry_id:
                event.side2 = None
            event.rule_ids.append("actor.self_report")
            return
