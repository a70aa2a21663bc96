"""Issue 14, points 3-6: a referral travels to the partner as an encrypted, signed package,
carrying only what her consent allows; its feedback comes back and moves the referral on; the
same package twice, an older feedback, an unknown sender or another recipient change nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.errors import DamagedData, NotFound, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_list, intake
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards, feedback, incoming, receiving, sending
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, IncomingReferral, Survivor
from tests.helpers import folders
from tests.helpers.package_data import Pair, exchange_cards, referrals_to_partner
from tests.helpers.referral_data import SURVIVOR_NAME, SURVIVOR_PHONE


@pytest.fixture
def pair(folder: DataFolder, tmp_path: Path) -> Pair:
    return exchange_cards(folder, tmp_path)


def _send(pair: Pair, ids: list[str], out: Path, user: str = folders.CASEWORKER) \
        -> sending.SentPackage:
    with folders.as_user(pair.ours, user) as vault:
        return sending.send_referrals(vault, ids, out)


def _import(folder: DataFolder, path: Path, user: str = folders.CASEWORKER) \
        -> receiving.ImportResult:
    with folders.as_user(folder, user) as vault:
        return receiving.import_package(vault, path)


def _incoming_count(folder: DataFolder) -> int:
    with folders.as_user(folder) as vault, vault.reader() as session:
        return int(session.scalar(select(func.count(IncomingReferral.id))) or 0)


def test_a_referral_and_its_feedback_travel_both_ways(pair: Pair, tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    out = tmp_path / "ref.relais"
    sent = _send(pair, [referral_id], out)
    assert sent.count == 1 and sent.fingerprint == cards.read_card(
        tmp_path / "partner.relaiscard").fingerprint()
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
        assert detail.status == "sent"
    result = _import(pair.partner, out)
    assert (result.new_incoming, result.duplicates, result.kind) == (1, 0, "referral")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        [row] = incoming.incoming_referrals(awa)
        assert row.name == SURVIVOR_NAME and row.phone == SURVIVOR_PHONE
        assert row.service_type == "legal" and row.priority == "urgent"
        case_id = incoming.accept(awa, row.id)
        assert incoming.incoming_referrals(awa) == []
        # The case opened is a case like any other: its file, intake and summary open.
        opened = case_list.case_file(awa, case_id)
        assert opened.case_number.startswith("MOP-") and opened.status == "open"
        assert intake.load_intake(awa, case_id)["survivor.name"] == SURVIVOR_NAME
        assert case_summary.case_summary_pdf(awa, case_id).startswith(b"%PDF")
        feedback.record_feedback(awa, row.id, services_provided=["legal"],
                                 outcome="service_provided", note="Dossier déposé")
        back = feedback.send_feedback(awa, [row.id], tmp_path / "retour.relais")
    assert back.count == 1 and case_id
    applied = _import(pair.ours, tmp_path / "retour.relais")
    assert applied.feedbacks_applied == 1
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
        assert detail.status == "service_provided"
        assert detail.feedback_next_steps == "Dossier déposé"
        assert detail.feedback_services == "Legal aid" and detail.feedback_received_on
        assert [h.to_status for h in detail.history][-3:] == ["sent", "accepted",
                                                               "service_provided"]



def _plaintext(folder: DataFolder, path: Path) -> bytes:
    with folders.as_user(folder) as vault:
        return site_identity.decrypt(vault, path.read_bytes())


def test_without_her_consent_her_name_never_travels(pair: Pair, tmp_path: Path) -> None:
    # She consented to release information for health only: the legal referral goes ahead
    # under the supervisor's override, and carries her code, never her name or phone.
    [referral_id] = referrals_to_partner(pair, release=("health",))
    out = tmp_path / "ref.relais"
    _send(pair, [referral_id], out, folders.SUPERVISOR)
    encrypted, plain = out.read_bytes(), _plaintext(pair.partner, out)
    for secret in (SURVIVOR_NAME, SURVIVOR_PHONE, "Kadidia", "70 00 11 22"):
        assert secret.encode() not in plain and secret.encode() not in encrypted
        assert secret.encode("utf-16-le") not in encrypted
    assert b"Sali Superviseure" in plain  # the override is said, as on the letter
    _import(pair.partner, out)
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        [row] = incoming.incoming_referrals(awa)
        assert (row.name, row.phone, row.age, row.sex, row.safe_contact) == (
            None, None, None, None, ())
        assert row.survivor_code.startswith("S-")
        case_id = incoming.accept(awa, row.id)
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        with awa.reader() as session:
            case = session.get(Case, case_id)
            assert case is not None and case.survivor.name is None
            names = session.scalars(select(Survivor.name)).all()
        assert not any(name and "Kadidia" in name for name in names)


def test_with_her_consent_the_name_is_only_inside_the_encryption(pair: Pair,
                                                                 tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    out = tmp_path / "ref.relais"
    _send(pair, [referral_id], out)
    in_json = json.dumps(SURVIVOR_NAME, ensure_ascii=False)[1:-1].encode()
    assert in_json in _plaintext(pair.partner, out)
    assert b"Kadidia" not in out.read_bytes() and out.read_bytes().startswith(
        b"age-encryption.org/v1\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".relais") == ["ref.relais"]


def test_an_unknown_sender_is_refused_with_its_fingerprint(pair: Pair, tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    out = tmp_path / "ref.relais"
    _send(pair, [referral_id], out)
    with folders.as_user(pair.partner) as admin:
        cards.detach_card(admin, pair.our_provider)
    with folders.as_user(pair.ours) as admin:
        ours = site_identity.own_public(admin).fingerprint()
    with pytest.raises(receiving.UnknownSender) as refused:
        _import(pair.partner, out)
    assert refused.value.fingerprint == ours and refused.value.organisation == "ONG Essai"
    assert ours in str(refused.value) and "\n" not in str(refused.value)
    assert _incoming_count(pair.partner) == 0
    with folders.as_user(pair.partner) as admin:
        [event] = audit.events(admin, action="package_refused")
        assert ours in (event.details or "")


def test_a_package_for_another_installation_is_refused(pair: Pair, tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    out = tmp_path / "ref.relais"
    _send(pair, [referral_id], out)
    third, _ = folders.new_folder(tmp_path / "third")
    with pytest.raises(DamagedData, match="not encrypted to this installation"):
        _import(third, out, folders.ADMIN)  # plain administrator: no case work
    # The partner re-encrypts what it received to a third installation: the signed header
    # still names the partner, so the third refuses it.
    with folders.as_user(third) as admin:
        third_public = site_identity.own_public(admin)
    forwarded = tmp_path / "forwarded.relais"
    forwarded.write_bytes(site_identity.encrypt_to([third_public.age_recipient],
                                                   _plaintext(pair.partner, out)))
    folders.add_person(third, "kadi", "caseworker")
    with folders.as_user(third, "kadi") as kadi, pytest.raises(
            DamagedData, match="made for another installation"):
        receiving.import_package(kadi, forwarded)
    assert _incoming_count(third) == 0


def test_the_same_package_twice_adds_nothing(pair: Pair, tmp_path: Path) -> None:
    ids = referrals_to_partner(pair, count=2)
    out = tmp_path / "ref.relais"
    _send(pair, ids, out)
    assert _import(pair.partner, out).new_incoming == 2
    again = _import(pair.partner, out)
    assert again.already_imported and again.new_incoming == 0 and again.duplicates == 2
    resent = tmp_path / "resent.relais"  # the same referrals in a new package
    _send(pair, ids[:1], resent)
    result = _import(pair.partner, resent)
    assert (result.new_incoming, result.duplicates, result.already_imported) == (0, 1, False)
    assert _incoming_count(pair.partner) == 2


def _decide(pair: Pair, tmp_path: Path) -> tuple[str, str]:
    """A referral sent, accepted by the partner; returns (our referral id, incoming id)."""
    [referral_id] = referrals_to_partner(pair)
    _send(pair, [referral_id], tmp_path / "ref.relais")
    _import(pair.partner, tmp_path / "ref.relais")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        [row] = incoming.incoming_referrals(awa)
        incoming.accept(awa, row.id)
    return referral_id, row.id


def test_an_older_feedback_never_overwrites_a_newer_one(pair: Pair, tmp_path: Path) -> None:
    referral_id, incoming_id = _decide(pair, tmp_path)
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        feedback.send_feedback(awa, [incoming_id], tmp_path / "accepted.relais")
        feedback.record_feedback(awa, incoming_id, services_provided=["legal"],
                                 outcome="service_provided", note="Plainte déposée")
        feedback.send_feedback(awa, [incoming_id], tmp_path / "provided.relais")
    assert _import(pair.ours, tmp_path / "provided.relais").feedbacks_applied == 1
    late = _import(pair.ours, tmp_path / "accepted.relais")  # arrives last, is older
    assert (late.feedbacks_applied, late.duplicates) == (0, 1)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
    assert detail.status == "service_provided"
    assert detail.feedback_next_steps == "Plainte déposée"


def test_a_declined_referral_comes_back_declined_with_its_reason(pair: Pair,
                                                                 tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    _send(pair, [referral_id], tmp_path / "ref.relais")
    _import(pair.partner, tmp_path / "ref.relais")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        [row] = incoming.incoming_referrals(awa)
        with pytest.raises(ValidationError):
            incoming.decline(awa, row.id, "  ")
        incoming.decline(awa, row.id, "Hors de notre zone")
        with pytest.raises(ValidationError, match="already accepted or declined"):
            incoming.accept(awa, row.id)
        feedback.send_feedback(awa, [row.id], tmp_path / "back.relais")
    _import(pair.ours, tmp_path / "back.relais")
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
    assert detail.status == "declined" and detail.feedback_next_steps == "Hors de notre zone"


def test_feedback_on_a_referral_sent_elsewhere_is_refused(pair: Pair, tmp_path: Path) -> None:
    from desktop.core.services.packages.package_files import seal_for
    from tests.helpers.referral_data import add_case, osc

    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        case_id = add_case(awa, release=("health",))
        other = referrals.create_referral(awa, case_id, service_type="health",
                                          provider_id=osc(awa), priority="normal")
        referrals.change_status(awa, other.id, "sent")
    item = {"referral_id": other.id, "reference": other.reference, "status": "accepted",
            "status_at": "2026-01-01T10:00:00+00:00", "services": [], "note": ""}
    with folders.as_user(pair.partner) as admin:
        card = cards.provider_card(admin, pair.our_provider)
        assert card is not None
        _, data = seal_for(admin, "feedback", card, [item])
    forged = tmp_path / "forged.relais"
    forged.write_bytes(data)
    with pytest.raises(ValidationError, match="not sent to"):
        _import(pair.ours, forged)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        assert referrals.referral_detail(awa, other.id).status == "sent"


def test_only_referrals_to_a_provider_with_a_card_can_be_sent(pair: Pair,
                                                             tmp_path: Path) -> None:
    from tests.helpers.referral_data import add_case, osc

    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        case_id = add_case(awa, release=("health",))
        other = referrals.create_referral(awa, case_id, service_type="health",
                                          provider_id=osc(awa), priority="normal")
        assert not sending.can_send(awa, other.id)
        with pytest.raises(ValidationError, match="no contact card"):
            sending.send_referrals(awa, [other.id], tmp_path / "x.relais")
    assert not (tmp_path / "x.relais").exists()
    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER_2) as fanta:  # not her case
        assert not sending.can_send(fanta, referral_id)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        assert sending.can_send(awa, referral_id)


def _letter_text(pdf: bytes) -> str:
    import io

    import pypdf
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_letter_prints_at_the_receiving_end_as_consented(pair: Pair,
                                                              tmp_path: Path) -> None:
    from desktop.core.services.packages.incoming_letter import incoming_letter

    consented = referrals_to_partner(pair)
    refused = referrals_to_partner(pair, release=("health",))
    _send(pair, consented, tmp_path / "a.relais")
    _send(pair, refused, tmp_path / "b.relais", folders.SUPERVISOR)
    _import(pair.partner, tmp_path / "a.relais")
    _import(pair.partner, tmp_path / "b.relais")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        rows = {r.reference: r for r in incoming.incoming_referrals(awa)}
        texts = {ref: _letter_text(incoming_letter(awa, row.id, "fr"))
                 for ref, row in rows.items()}
    assert len(texts) == 2
    named = [t for t in texts.values() if "Kadidia" in t]
    assert len(named) == 1 and "ONG Essai" in named[0]
    [other] = [t for t in texts.values() if "Kadidia" not in t]
    assert "Sali Superviseure" in other  # the override, as on the sender's letter


def test_accepting_links_the_case_of_an_existing_survivor_code(pair: Pair,
                                                              tmp_path: Path) -> None:
    from tests.helpers.referral_data import add_case

    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        existing = add_case(awa, release=("legal",), name="Qqautre Personne")
        with awa.reader() as session:
            case = session.get(Case, existing)
            assert case is not None
            code = case.survivor.survivor_code
    [referral_id] = referrals_to_partner(pair)
    _send(pair, [referral_id], tmp_path / "a.relais")
    _import(pair.partner, tmp_path / "a.relais")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        [row] = incoming.incoming_referrals(awa)
        with pytest.raises(NotFound, match="No survivor has the code"):
            incoming.accept(awa, row.id, survivor_code="S-XXXXXX")
        assert incoming.accept(awa, row.id, survivor_code=code.lower()) == existing
        [done] = incoming.incoming_referrals(awa, open_only=False)
        assert done.status == "accepted" and done.case_id == existing


def test_a_thousand_referrals_import_in_one_package_with_progress(pair: Pair,
                                                                  tmp_path: Path) -> None:
    from desktop.core.services.packages.package_files import seal_for
    from desktop.core.services.packages.sending import referral_item
    from desktop.core.store.models import Referral

    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        with awa.reader() as session:
            referral = session.get(Referral, referral_id)
            assert referral is not None and awa.actor is not None
            model = referral_item(session, awa.actor, referral, date.today())
        card = cards.provider_card(awa, pair.partner_provider)
        assert card is not None
        items = [{**model, "id": f"00000000-0000-4000-8000-{n:012d}",
                  "reference": f"REF-MOP-2026-{n:05d}-X"} for n in range(1000)]
        _, data = seal_for(awa, "referral", card, items)
    big = tmp_path / "big.relais"
    big.write_bytes(data)
    calls: list[tuple[int, int]] = []
    with folders.as_user(pair.partner, folders.CASEWORKER) as kadi:
        result = receiving.import_package(kadi, big, progress=lambda d, t: calls.append((d, t)))
    assert result.new_incoming == 1000
    assert calls[-1] == (1000, 1000) and len(calls) >= 10
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert _incoming_count(pair.partner) == 1000
