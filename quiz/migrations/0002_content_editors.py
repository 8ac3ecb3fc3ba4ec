"""Create the "Content editors" group: manage the questionnaires and catalogue, view results.

Editors get no permissions on users or groups: only superusers manage accounts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Content editors"
MANAGED = {
    "occupations": [
        "interestarea",
        "occupation",
        "duty",
        "industry",
        "quality",
        "infolink",
        "relatedoccupation",
    ],
    "quiz": ["questionnaire", "item"],
}
VIEWED = {"quiz": ["attempt", "result", "answer"]}


def codenames():
    for app_label, models in MANAGED.items():
        for model in models:
            for action in ("view", "add", "change", "delete"):
                yield app_label, f"{action}_{model}"
    for app_label, models in VIEWED.items():
        for model in models:
            yield app_label, f"view_{model}"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make sure they exist.
    for label in ("occupations", "quiz"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = set(codenames())
    permissions = [
        permission
        for permission in Permission.objects.filter(
            content_type__app_label__in=["occupations", "quiz"]
        ).select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    found = {(p.content_type.app_label, p.codename) for p in permissions}
    if found != wanted:
        raise RuntimeError(f"Permissions not found: {sorted(wanted - found)}")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*permissions)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0001_initial"),
        ("occupations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
