"""The web version of a meeting: checks before publishing, the redacted export, the schedule.

Kuntalaki 140 § and the accessibility law (306/2019) decide what may go on the web and in
which form; everything here is there to make a mistake visible before it is published.
"""
