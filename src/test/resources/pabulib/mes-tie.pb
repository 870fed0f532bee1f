META
key;value
description;A tie in equal shares, worked by hand: 4 voters with 25 each
num_projects;3
num_votes;4
budget;100
vote_type;approval
PROJECTS
project_id;cost;votes;name
10;40;2;Ten
9;30;2;Nine
5;20;1;Five
VOTES
voter_id;vote
v1;10,9
v2;10,9
v3;5
v4;
