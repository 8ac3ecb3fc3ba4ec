"""Create the "Counselors" group: users who run groups in the counselor area, not admin staff."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Counselors"
PERMISSION = "run_groups"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make sure this one exists.
    app_config = apps.get_app_config("counselors")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="counselors", codename=PERMISSION)
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(permission)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("counselors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
