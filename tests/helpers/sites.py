"""A second site in the test database, with a supervisor of its own."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Site, Staff
from tests.helpers import folders


def add_site_with_supervisor(folder: DataFolder, username: str, *, code: str = "GAO",
                             name: str = "Gao") -> tuple[str, str]:
    """Add the site ``code`` and its supervisor ``username`` (the test password); returns the
    new site's id and the first site's."""
    admin = folders.login(folder, folders.ADMIN)
    try:
        accounts.add_person(admin, username, Role.SUPERVISOR, folders.PASSWORD)
        with admin.session() as session:
            site = Site(code=code, name=name, organisation="ONG Essai")
            session.add(site)
            session.flush()
            staff = session.scalar(select(Staff).where(Staff.username == username))
            assert staff is not None
            staff.site_id = site.id
            site_id = site.id
        assert admin.actor is not None
        return site_id, admin.actor.site_id
    finally:
        admin.close()
