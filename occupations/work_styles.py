"""A career's "Qualities": the O*NET Work Styles its workers rate most important. No Django.

O*NET rates 16 work styles for most occupations on an importance scale of 1 to 5. A career's
qualities are its QUALITY_COUNT styles with the highest importance, ties broken by the style's
name (A to Z), each shown with the one-line explanation below. The explanations are ours:
O*NET publishes the names and ratings, and we say in plain words what each asks of a worker.
"""

from collections.abc import Mapping
from decimal import Decimal

QUALITY_COUNT = 4

EXPLANATIONS = {
    "Achievement/Effort": (
        "Sets demanding goals for themselves and keeps pushing until the work is done well."
    ),
    "Adaptability/Flexibility": (
        "Takes changing plans, new tools and unexpected requests in stride."
    ),
    "Analytical Thinking": (
        "Works through problems logically, using facts and figures to reach sound answers."
    ),
    "Attention to Detail": (
        "Notices small errors and gets every part of a task right, even under time pressure."
    ),
    "Concern for Others": (
        "Cares about the people they serve and is patient with their needs and feelings."
    ),
    "Cooperation": "Gets along with coworkers and puts the team's goals ahead of their own.",
    "Dependability": ("Can be counted on to show up, keep promises and finish what they start."),
    "Independence": (
        "Decides how to do the job and gets on with it with little or no supervision."
    ),
    "Initiative": "Takes on responsibility and new challenges without waiting to be asked.",
    "Innovation": "Comes up with fresh ideas and new ways of tackling work problems.",
    "Integrity": "Is honest and ethical, even when nobody is checking.",
    "Leadership": "Is willing to take charge, give direction and speak up for the group.",
    "Persistence": "Keeps going when a task is hard, slow or meets setbacks.",
    "Self-Control": (
        "Stays calm and keeps their temper with difficult people or in tense moments."
    ),
    "Social Orientation": ("Prefers working with others and enjoys the contact the job brings."),
    "Stress Tolerance": (
        "Handles criticism, pressure and emergencies while still doing good work."
    ),
}


def top_styles(importance: Mapping[str, Decimal], count: int = QUALITY_COUNT) -> list[str]:
    """The ``count`` styles with the highest importance, ties by name; unknown styles left out."""
    known = [(value, name) for name, value in importance.items() if name in EXPLANATIONS]
    return [name for value, name in sorted(known, key=lambda item: (-item[0], item[1]))][:count]


# Our Spanish name and explanation of each work style, loaded into Quality.name_es and
# description_es beside the English.
SPANISH = {
    "Achievement/Effort": (
        "Logro y esfuerzo",
        "Se pone metas exigentes y sigue adelante hasta que el trabajo queda bien hecho.",
    ),
    "Adaptability/Flexibility": (
        "Adaptabilidad y flexibilidad",
        "Acepta con calma los cambios de planes, las herramientas nuevas y los pedidos "
        "inesperados.",
    ),
    "Analytical Thinking": (
        "Pensamiento analítico",
        "Resuelve los problemas con lógica y se apoya en datos y cifras para llegar a "
        "respuestas sólidas.",
    ),
    "Attention to Detail": (
        "Atención a los detalles",
        "Nota los errores pequeños y hace bien cada parte de una tarea, aun con poco tiempo.",
    ),
    "Concern for Others": (
        "Interés por los demás",
        "Se preocupa por las personas a las que atiende y tiene paciencia con sus necesidades "
        "y sentimientos.",
    ),
    "Cooperation": (
        "Cooperación",
        "Se lleva bien con sus compañeros y antepone las metas del equipo a las propias.",
    ),
    "Dependability": (
        "Responsabilidad",
        "Se puede contar con que llegue, cumpla su palabra y termine lo que empieza.",
    ),
    "Independence": (
        "Independencia",
        "Decide cómo hacer su trabajo y lo lleva a cabo con poca o ninguna supervisión.",
    ),
    "Initiative": (
        "Iniciativa",
        "Asume responsabilidades y nuevos retos sin esperar a que se lo pidan.",
    ),
    "Innovation": (
        "Innovación",
        "Propone ideas frescas y formas nuevas de abordar los problemas del trabajo.",
    ),
    "Integrity": (
        "Integridad",
        "Actúa con honestidad y ética, aunque nadie lo esté vigilando.",
    ),
    "Leadership": (
        "Liderazgo",
        "Está dispuesto a tomar el mando, dar instrucciones y hablar en nombre del grupo.",
    ),
    "Persistence": (
        "Perseverancia",
        "Sigue adelante cuando una tarea es difícil, lenta o tiene contratiempos.",
    ),
    "Self-Control": (
        "Autocontrol",
        "Mantiene la calma y no pierde los estribos con personas difíciles o en momentos "
        "de tensión.",
    ),
    "Social Orientation": (
        "Orientación social",
        "Prefiere trabajar con otras personas y disfruta del trato que trae el trabajo.",
    ),
    "Stress Tolerance": (
        "Tolerancia al estrés",
        "Sobrelleva las críticas, la presión y las emergencias sin dejar de hacer un buen trabajo.",
    ),
}
