META
key;value
description;Empty ballots still count: 6 voters with 10 each, not 4 with 15
num_projects;2
num_votes;6
budget;60
vote_type;approval
PROJECTS
project_id;cost;votes;name
x;25;2;Needs 25
y;20;2;Needs 20
VOTES
voter_id;vote
v1;x
v2;x
v3;y
v4;y
v5;
v6;
