"""What every layer stands on: bilingual errors, the translation function, the .xlsx writer.

Nothing here imports the rest of fairdesk."""
