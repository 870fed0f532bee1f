META
key;value
budget;100
vote_type;approval
PROJECTS
project_id;cost;votes;name
a;10;1;Fine
b;ten;1;Not a number
VOTES
voter_id;vote
1;a
