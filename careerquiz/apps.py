from django.apps import AppConfig


class CareerquizConfig(AppConfig):
    name = "careerquiz"
    verbose_name = "careerquiz"
