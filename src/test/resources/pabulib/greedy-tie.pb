META
key;value
description;A tie in greedy by votes, worked by hand
num_projects;3
num_votes;3
budget;50
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
