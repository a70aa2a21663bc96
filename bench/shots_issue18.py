"""Screenshots of issue 18's case-file screens at 1366x768 (French), for the closing note.

A real database in a temp folder: the setup's staff, 60 demo cases (administrator), then two
cases opened through the intake service and filled through the services (consent changes,
action plan, risk assessment, safety plan, safe contact, services given, a second incident,
the SEA file, a follow-up review, a closure request with its checklist). Then the real main
window after a login (``session.login``), each tab grabbed with ``widget.grab()``.

Run from the worktree:
  PYTHONPATH=. QT_QPA_PLATFORM=offscreen python bench/shots_issue18.py OUTDIR [--gaps]
``--gaps``: only the shots of the audit's last gaps (``gap_…``): the follow-ups with a done
review selected, its "View the review" dialog, the case summary in French and English.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

GAPS = "--gaps" in sys.argv
args = [a for a in sys.argv[1:] if a != "--gaps"]
out = Path(args[0] if args else "/work/notes/shots/s6")
out.mkdir(parents=True, exist_ok=True)
tmp = Path(tempfile.mkdtemp())
app = QApplication([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
from desktop.gui import look, translations  # noqa: E402

look.apply_style(app)
translations.cache_dir = lambda: tmp / "qm"  # type: ignore[assignment]

from desktop.core.services import session  # noqa: E402
from desktop.core.services.cases import case_actions, incidents, intake  # noqa: E402
from desktop.core.services.casework import (  # noqa: E402
    case_plan,
    safety_assessment,
    sea_file,
    sea_file_lists,
    services_given,
)
from desktop.core.services.casework.closure_checklist import Checklist  # noqa: E402
from desktop.core.services.consent import consent_approval  # noqa: E402
from desktop.core.services.demo import generator as demo  # noqa: E402
from desktop.core.services.referrals import followup_review, followups, workflow  # noqa: E402
from desktop.core.services.referrals.followup_review import ItemUpdate  # noqa: E402
from desktop.gui.shell import Shell  # noqa: E402
from tests.helpers import folders  # noqa: E402
from tests.helpers.child_data import perpetrator_caregiver, with_trusted_adult  # noqa: E402
from tests.helpers.incident_data import new_incident  # noqa: E402
from tests.helpers.intake_data import sample_intake  # noqa: E402
from tests.helpers.referral_data import osc, staff_id  # noqa: E402

TODAY = date.today()
folder, _ = folders.new_folder(tmp / "data")
folders.with_staff(folder)
vault = folders.login(folder, folders.ADMIN)
demo.generate(vault, 60, seed=11)
vault.close()

# -- case A: an adult SEA survivor, every new part filled, as Awa (case worker) -------------
awa = folders.login(folder, folders.CASEWORKER)
told = TODAY - timedelta(days=40)
data = sample_intake(name="Fictive Mariam Démo", **{
    "registration.date_of_interview": told, "registration.date_of_report": told,
    "incident.date": told - timedelta(days=3), "consent.given_on": told,
    "sea.reported_to_un_on": told, "sea.un_consent_given_on": told})
case_a = intake.open_case(awa, data)
# consent history: statistics withdrawn, then given again
form = intake.load_intake(awa, case_a)
form["consent.statistics"] = False
intake.update_case(awa, case_a, form)
form = intake.load_intake(awa, case_a)
form["consent.statistics"] = True
intake.update_case(awa, case_a, form)
# safety: a high risk (threat to kill), her plan, her safe contact
safety_assessment.record_assessment(awa, case_a, {
    "immediate_danger": "yes", "safe_where_staying": "no", "threatened_by": "intimate_partner",
    "threat_to_kill": "yes", "weapon": "unknown"}, assessed_on=TODAY - timedelta(days=3))
safety_assessment.save_plan(awa, case_a, {
    "concerns": "Il connaît l'adresse de sa tante et passe devant la maison le soir.",
    "trusted_people": "Sa sœur aînée ; la voisine du marché",
    "trusted_places": "La mosquée du quartier ; le centre de santé",
    "strategies": "Sortir accompagnée ; garder un peu d'argent chez sa sœur.",
    "emergency_contacts": "Centre One Stop ; police (numéro vert)"})
safety_assessment.save_contact(awa, case_a, {
    "safe_to_call": "yes", "safe_to_message": "no", "safe_call_times": "le matin, 9 h – 11 h",
    "safe_phone": "+223 76 00 00 01", "safe_word": "Dire qu'on appelle du marché"})
# action plan: three items, one linked to a referral
ref = workflow.create_referral(awa, case_a, service_type="health", provider_id=osc(awa),
                               priority="urgent")
target = TODAY + timedelta(days=10)
i1 = case_plan.add_item(awa, case_a, need="medical", goal="Soins médicaux et contrôle",
                        actions="L'accompagner au CSRéf ; vérifier le rendez-vous",
                        responsible="provider", responsible_provider_id=osc(awa),
                        target_on=target, referral_ids=[ref.id])
i2 = case_plan.add_item(awa, case_a, need="psychosocial", goal="Séances d'écoute individuelles",
                        actions="Quatre séances au centre", responsible="staff",
                        responsible_staff_id=staff_id(awa, "awa"),
                        target_on=target + timedelta(days=20), status="in_progress")
# services given in house
services_given.record(awa, case_a, "psychosocial", TODAY - timedelta(days=38),
                      staff_id(awa, "awa"), "Première séance d'écoute")
services_given.record(awa, case_a, "health", TODAY - timedelta(days=39),
                      staff_id(awa, "awa"), "")
# a second incident
incidents.add_incident(awa, case_a, new_incident(TODAY - timedelta(days=5)))
services_given.record(awa, case_a, "psychosocial", TODAY - timedelta(days=4),
                      staff_id(awa, "awa"), "Séance après le second incident")
# the SEA file (first incident)
sea_file.save(awa, case_a, {"allegation_ref": "ALL-2026-0042", "entity": "MINUSMA",
                            "mission": "Mopti", "personnel_category": "military",
                            "sea_kind": "exploitation", "perpetrator_nationality": "fr",
                            "investigation_status": "under_investigation"})
child = sea_file_lists.add_child(awa, case_a, told - timedelta(days=200), "female")
sea_file_lists.save_claim(awa, case_a, sea_file_lists.Claim(
    child_id=child, filed_on=told, dna_sample_on=told + timedelta(days=10)))
sea_file_lists.add_informed(awa, case_a, TODAY - timedelta(days=15), "progress")
sea_file_lists.add_assistance(awa, case_a, sea_file_lists.Assistance(
    assistance_type="medical", provided_on=told, provided_by_id=staff_id(awa, "awa")))
sea_file_lists.add_assistance(awa, case_a, sea_file_lists.Assistance(
    assistance_type="education", provided_on=told + timedelta(days=7), child_id=child,
    provider_id=osc(awa)))
# a follow-up and its review
visit = followups.schedule(awa, case_a, TODAY, purpose="Visite à domicile")
followup_review.complete(awa, visit.id, outcome="Vue chez sa sœur", method="home_visit",
                         safety="not_safe", safety_note="Il est revenu devant la maison",
                         updates={i1: ItemUpdate("done"), i2: ItemUpdate("in_progress")},
                         new_needs=["legal"])
next_visit = followups.schedule(awa, case_a, TODAY + timedelta(days=7), purpose="Appel de suivi")

# -- case B: a child whose caregiver is the alleged perpetrator, a trusted adult consents ----
child_data = with_trusted_adult(perpetrator_caregiver(**{"survivor.name": "Fictive Enfant Démo"}))
case_b = intake.open_case(awa, child_data)

# -- case C: a closure asked with its checklist (plan done) ----------------------------------
case_c = intake.open_case(awa, sample_intake(name="Fictive Clôture Démo"))
item = case_plan.add_item(awa, case_c, need="medical", goal="Soins médicaux",
                          responsible="survivor", target_on=TODAY)
case_plan.update_item(awa, item, need="medical", goal="Soins médicaux", responsible="survivor",
                      target_on=TODAY, status="done")
case_actions.request_closure(awa, case_c, ["needs_met"], checklist=Checklist(
    True, False, True, "Injoignable depuis la dernière visite"))

with awa.reader() as s:  # a demo case of Awa's (its consents made by the demo generator)
    from sqlalchemy import select

    from desktop.core.store.models import Case
    demo_case = s.scalar(select(Case.id).where(
        Case.caseworker_id == staff_id(awa, "awa"), Case.status == "open",
        Case.id.not_in([case_a, case_b, case_c])).order_by(Case.case_number))
awa.close()

sali = folders.login(folder, folders.SUPERVISOR)
case_plan.review(sali, case_a, "Plan clair ; revoir la sécurité chaque semaine.")
sali.close()


def settle() -> None:
    for _ in range(6):
        app.processEvents()


def scrolled(part: float):  # type: ignore[no-untyped-def]
    """An action scrolling the tab's scroll area to ``part`` (0 top, 1 bottom)."""
    def action(view):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QScrollArea
        tab = view.tabs.currentWidget()
        area = tab if isinstance(tab, QScrollArea) else tab.findChild(QScrollArea)
        bar = area.verticalScrollBar()
        bar.setValue(int(bar.maximum() * part))
        return None
    return action


def review_dialog(view):  # type: ignore[no-untyped-def]
    """The follow-up review as "Mark the follow-up done…" opens it (the next follow-up)."""
    from desktop.gui.followups.review_dialog import FollowUpReviewDialog
    items, assessed = followup_review.review_context(view.vault, next_visit.id)
    dialog = FollowUpReviewDialog("Appel de suivi", items, assessed, "fr", view)
    dialog.adjustSize()
    dialog.show()
    return dialog


def closure_dialog(view):  # type: ignore[no-untyped-def]
    """"Request closure…" with its reasons and checklist."""
    from desktop.gui.cases.closure_dialog import ClosureDialog
    dialog = ClosureDialog("fr", view)
    dialog.adjustSize()
    dialog.show()
    return dialog


def referral_dialog(view):  # type: ignore[no-untyped-def]
    """"New referral…" for a high-risk case: the priority starts at the highest."""
    from desktop.gui.referrals.new_referral import NewReferralDialog
    dialog = NewReferralDialog(view.vault, view.case_id, "fr", view)
    dialog.adjustSize()
    dialog.show()
    return dialog


def done_selected(view):  # type: ignore[no-untyped-def]
    """The done follow-up selected: "View the review…" enabled."""
    tree = view.referrals.follow_ups
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).text(2) == "Visite à domicile":
            tree.setCurrentItem(tree.topLevelItem(row))
    return None


def review_view(view):  # type: ignore[no-untyped-def]
    """"View the review…" of the done visit."""
    from desktop.core.services.referrals import followup_review_read
    from desktop.gui.followups.review_view import ReviewViewDialog
    dialog = ReviewViewDialog(followup_review_read.read_done(view.vault, visit.id), "fr", view)
    dialog.adjustSize()
    dialog.show()
    return dialog


def run_as(user: str, shots: list[tuple]) -> None:  # type: ignore[type-arg]
    """Log in as ``user`` and grab each (name, case id, tab attribute[, action]) of ``shots``;
    an action may scroll, or return a dialog to grab instead of the main window."""
    shell = Shell(folder, idle_ms=600_000, language="fr")
    shell.start()
    shell._enter(session.login(folder, user, folders.PASSWORD))
    main = shell.main
    main.resize(1366, 768)
    main.show()
    for name, case_id, tab, *action in shots:
        target = main
        if case_id is None:
            main.show_page(tab or "today")
        else:
            page = main.show_page("cases")
            page.show_file(case_id)
            view = page.file
            if tab is not None:
                view.tabs.setCurrentWidget(getattr(view, tab))
            settle()
            if action:
                target = action[0](view) or main
        settle()
        target.grab().save(str(out / f"{name}.png"))
        if target is not main:
            target.close()
        print("saved", name)
    shell.lock("logout")
    for window in shell.windows():
        window.close()
    settle()


if GAPS:
    run_as(folders.CASEWORKER, [
        ("gap_09_case_file_followups_review_button", case_a, "referrals_area", done_selected),
        ("gap_09_followup_review_view_dialog", case_a, "referrals_area", review_view),
    ])
    run_as(folders.SUPERVISOR, [
        ("gap_09_followup_review_view_dialog_supervisor", case_a, "referrals_area",
         review_view),
    ])
    from desktop.core.services.summaries import case_summary

    sali = folders.login(folder, folders.SUPERVISOR)
    for lang in ("fr", "en"):
        pdf = out / f"gap_case_summary_{lang}.pdf"
        pdf.write_bytes(case_summary.case_summary_pdf(sali, case_a, lang=lang))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf),
                        str(out / f"gap_15_case_summary_{lang}")], check=True)
    sali.close()
    print("saved to", out)
    sys.exit(0)

run_as(folders.CASEWORKER, [
    ("01_home_caseworker_high_risk", None, "today"),
    ("02_case_file_header_steps", case_a, "steps"),
    ("03_case_file_incidents_two", case_a, "incidents"),
    ("04_case_file_action_plan", case_a, "plan"),
    ("05_case_file_services_given", case_a, "services"),
    ("06_case_file_safety_1_level_safe_contact", case_a, "safety"),
    ("06_case_file_safety_2_new_assessment", case_a, "safety", scrolled(0.35)),
    ("06_case_file_safety_3_history_and_plan", case_a, "safety", scrolled(0.7)),
    ("06_case_file_safety_4_plan_bottom", case_a, "safety", scrolled(1.0)),
    ("07_case_file_consent_history", case_a, "consents"),
    ("08_case_file_sea_file_1_allegation", case_a, "sea_panel"),
    ("08_case_file_sea_file_2_children_claims", case_a, "sea_panel", scrolled(0.5)),
    ("08_case_file_sea_file_3_claims_informed", case_a, "sea_panel", scrolled(0.75)),
    ("08_case_file_sea_file_4_assistance", case_a, "sea_panel", scrolled(1.0)),
    ("09_case_file_followups_list", case_a, "referrals_area"),
    ("09_followup_review_dialog", case_a, "referrals_area", review_dialog),
    ("09_new_referral_high_risk_dialog", case_a, "referrals_area", referral_dialog),
    ("12_closure_request_dialog_checklist", case_a, "steps", closure_dialog),
    ("10_case_file_child_substitute_consent_pending", case_b, "consents"),
    ("16_demo_case_consent_history", demo_case, "consents"),
])
run_as(folders.SUPERVISOR, [
    ("11_home_supervisor_high_risk", None, "today"),
    ("12_case_file_closure_checklist_supervisor", case_c, "steps"),
    ("13_case_file_plan_reviewed_supervisor", case_a, "plan"),
    ("14_case_file_child_consent_pending_supervisor", case_b, "consents"),
])
sali = folders.login(folder, folders.SUPERVISOR)
consent_approval.approve(sali, case_b)
from desktop.core.services.summaries import case_summary  # noqa: E402

pdf = out / "case_summary_fr.pdf"
pdf.write_bytes(case_summary.case_summary_pdf(sali, case_a, lang="fr"))
sali.close()
subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "15_case_summary_fr")],
               check=True)
print("saved to", out)
