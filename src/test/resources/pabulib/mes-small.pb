META
key;value
description;Equal shares, worked by hand: 6 voters with 20 each
num_projects;3
num_votes;6
budget;120
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;votes;name
P1;60;4;Big playground
P2;30;3;Benches
P3;40;2;Allotment
VOTES
voter_id;vote
v1;P1,P2
v2;P1,P2
v3;P1,P2
v4;P1
v5;P3
v6;P3
