"""Items become a bank shared by the questionnaires (forms) that list them, for item bank v2.

Existing items are the v1 bank and keep their place in their questionnaire. The default v1
questionnaires ("full" and "quick") are kept, inactive, as "full-v1" and "quick-v1", so the
results taken on them still display and their unfinished attempts can still be finished;
``load_default_data`` then adds the v2 "full" and "quick" questionnaires.
"""

import django.core.validators
from django.db import migrations, models

V1_SLUGS = ("full", "quick")


def to_memberships(apps, schema_editor):
    Item = apps.get_model("quiz", "Item")
    FormItem = apps.get_model("quiz", "FormItem")
    Questionnaire = apps.get_model("quiz", "Questionnaire")
    FormItem.objects.bulk_create(
        FormItem(questionnaire_id=questionnaire_id, item_id=item_id, order=order)
        for item_id, questionnaire_id, order in Item.objects.values_list(
            "id", "questionnaire_id", "order"
        )
    )
    for questionnaire in Questionnaire.objects.filter(slug__in=V1_SLUGS):
        questionnaire.slug = f"{questionnaire.slug}-v1"
        questionnaire.title = f"{questionnaire.title} (first edition)"
        questionnaire.is_active = False
        questionnaire.save(update_fields=["slug", "title", "is_active"])


def from_memberships(apps, schema_editor):
    Item = apps.get_model("quiz", "Item")
    FormItem = apps.get_model("quiz", "FormItem")
    Questionnaire = apps.get_model("quiz", "Questionnaire")
    for membership in FormItem.objects.order_by("id"):
        Item.objects.filter(pk=membership.item_id, questionnaire=None).update(
            questionnaire=membership.questionnaire_id, order=membership.order
        )
    Item.objects.filter(questionnaire=None).delete()
    for slug in V1_SLUGS:
        Questionnaire.objects.filter(slug=f"{slug}-v1").update(slug=slug, is_active=True)


def bank_field(default: str) -> models.CharField:
    return models.CharField(
        "item bank",
        default=default,
        help_text="The edition of the item bank the activity was written for.",
        max_length=20,
    )


class Migration(migrations.Migration):
    dependencies = [("quiz", "0002_content_editors"), ("occupations", "0001_initial")]

    operations = [
        # Existing rows become the v1 bank; new items default to v2.
        migrations.AddField(model_name="item", name="bank", field=bank_field("v1")),
        migrations.AlterField(model_name="item", name="bank", field=bank_field("v2")),
        migrations.AddField(
            model_name="item",
            name="reference_soc_code",
            field=models.CharField(
                blank=True,
                help_text="O*NET-SOC code of the occupation whose work the activity samples.",
                max_length=10,
                validators=[
                    django.core.validators.RegexValidator(
                        "^\\d{2}-\\d{4}\\.\\d{2}$",
                        "Enter an O*NET-SOC code such as 11-3051.00.",
                        code="soc_code",
                    )
                ],
                verbose_name="reference occupation",
            ),
        ),
        migrations.AddField(
            model_name="item",
            name="job_zone",
            field=models.PositiveSmallIntegerField(
                blank=True,
                choices=[
                    (1, "Little or no preparation needed"),
                    (2, "Some preparation needed"),
                    (3, "Medium preparation needed"),
                    (4, "Considerable preparation needed"),
                    (5, "Extensive preparation needed"),
                ],
                help_text="The reference occupation's O*NET Job Zone.",
                null=True,
            ),
        ),
        migrations.AlterField(
            model_name="item",
            name="questionnaire",
            field=models.ForeignKey(
                null=True,
                on_delete=models.deletion.CASCADE,
                related_name="+",
                to="quiz.questionnaire",
            ),
        ),
        migrations.CreateModel(
            name="FormItem",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=models.deletion.CASCADE,
                        related_name="memberships",
                        to="quiz.item",
                    ),
                ),
                (
                    "questionnaire",
                    models.ForeignKey(
                        on_delete=models.deletion.CASCADE,
                        related_name="memberships",
                        to="quiz.questionnaire",
                    ),
                ),
            ],
            options={
                "verbose_name": "item in questionnaire",
                "verbose_name_plural": "items in questionnaire",
                "ordering": ["questionnaire", "order", "id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("questionnaire", "item"), name="item_once_per_form"
                    )
                ],
            },
        ),
        migrations.RunPython(to_memberships, from_memberships),
        migrations.RemoveField(model_name="item", name="questionnaire"),
        migrations.RemoveField(model_name="item", name="order"),
        migrations.AlterModelOptions(
            name="item",
            options={"ordering": ["bank", "area__order", "id"], "verbose_name": "item"},
        ),
        migrations.AddField(
            model_name="questionnaire",
            name="items",
            field=models.ManyToManyField(
                blank=True, related_name="questionnaires", through="quiz.FormItem", to="quiz.item"
            ),
        ),
    ]
