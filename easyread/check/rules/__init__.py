"""One module per rule, named after the rule id; easyread.check.registry finds them all."""
