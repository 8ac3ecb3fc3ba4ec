import pytest
from django.contrib.auth.models import User

from tests.counselors.conftest import PASSWORD, client_for, join

pytestmark = pytest.mark.django_db


def test_superusers_see_groups_and_their_members_in_admin(group):
    join(client_for(group.owner), group, "Ana")
    admin = client_for(User.objects.create_superuser("root", "root@example.org", PASSWORD))
    listing = admin.get("/admin/counselors/counselorgroup/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Year 11, Ms Lee" in html and group.display_code in html
    change = admin.get(f"/admin/counselors/counselorgroup/{group.pk}/change/")
    assert change.status_code == 200 and 'value="Ana"' in change.content.decode()
    assert admin.get("/admin/counselors/counselorgroup/add/").status_code == 403
