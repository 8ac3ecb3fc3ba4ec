from django.contrib import admin
from django.db.models import Q


class ConditionFilter(admin.SimpleListFilter):
    """The records that meet ``condition``, or those that do not: ``ways`` holds the value and
    label of each choice, in that order."""

    ways: tuple[tuple[str, str], tuple[str, str]]

    def condition(self, queryset) -> Q:
        raise NotImplementedError

    def lookups(self, request, model_admin):
        return self.ways

    def queryset(self, request, queryset):
        meets, fails = (value for value, _label in self.ways)
        if self.value() == meets:
            return queryset.filter(self.condition(queryset))
        if self.value() == fails:
            return queryset.exclude(self.condition(queryset))
        return queryset
