# Spanish as written in the United States and Mexico: $52,300.50, as on the agencies' pages.
# Everything not set here (dates and so on) comes from Django's own Spanish formats.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
