environment_name      = "Dev"
genesys_division_name = "your-division-name-here"

