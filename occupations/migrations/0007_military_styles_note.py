from django.core.cache import caches
from django.db import migrations

# The note of work styles the editors picked for military careers, reworded; a note staff
# wrote themselves is left as it is.
OLD = (
    "careerquiz editors' choice of O*NET work styles, as O*NET rates none for military occupations"
)
NEW = "O*NET work styles picked by careerquiz editors, as O*NET rates none for military occupations"


def reword(old: str, new: str):
    def run(apps, schema_editor):
        Occupation = apps.get_model("occupations", "Occupation")
        if Occupation.objects.filter(qualities_source=old).update(qualities_source=new):
            # Retire cached career pages with the old note (occupations.cache's version key).
            caches["pages"].delete("catalogue:version")

    return run


class Migration(migrations.Migration):
    dependencies = [("occupations", "0006_search_title_per_language")]

    operations = [migrations.RunPython(reword(OLD, NEW), reword(NEW, OLD))]
