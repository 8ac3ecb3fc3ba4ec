from django.contrib import admin
from django.db.models import Count

from counselors.models import CounselorGroup, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ("nickname", "attempt", "joined_at")
    readonly_fields = ("attempt", "joined_at")
    extra = 0
    can_delete = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CounselorGroup)
class CounselorGroupAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "display_code", "closes_on", "member_count", "created_at")
    list_filter = ("closes_on",)
    list_select_related = ("owner",)
    search_fields = ("name", "join_code", "owner__username")
    fieldsets = ((None, {"fields": ("name", "owner", "closes_on", "display_code")}),)
    readonly_fields = ("display_code",)
    inlines = (MembershipInline,)

    def has_add_permission(self, request) -> bool:
        # Groups get their join code from group_create, in the counselor area.
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(members=Count("memberships"))

    @admin.display(description="join code")
    def display_code(self, group: CounselorGroup) -> str:
        return group.display_code if group.join_code else ""

    @admin.display(description="members", ordering="members")
    def member_count(self, group: CounselorGroup) -> int:
        return group.members
