from django.apps import AppConfig


class CareerquizConfig(AppConfig):
    name = "careerquiz"
    verbose_name = "careerquiz"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from careerquiz.signin import staff_session_expiry

        user_logged_in.connect(staff_session_expiry, dispatch_uid="careerquiz.staff_session")
