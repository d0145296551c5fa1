"""The screens of the stack."""
