META
key;value
description;"Edge cases; all of them"
budget;1000,50
vote_type;cumulative
max_sum_points;10
favourite_colour;teal
num_projects;3
num_votes;3
PROJECTS
project_id;cost;votes;name
1;400;2;"Park; benches, and bins"
2;300;1;"Say ""hello"""
3;500;0;Plain name, with a comma
VOTES
voter_id;vote;points;age
1;2,1;3,7;34
2;;;
3;1;10;71
