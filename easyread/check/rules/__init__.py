"""One module per rule, named after the rule id; see easyread.check.registry for the list."""
