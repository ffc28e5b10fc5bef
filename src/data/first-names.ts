/**
 * Common given names that tell a person's gender, so that "he" after
 * "Maria Okafor spoke; Luis Vega nodded" finds Luis Vega. General
 * vocabulary (English, French, Spanish, Italian, German, Slavic, Arabic,
 * South Asian and other names common in Canadian news), lower-case.
 * Names used for both sexes (Jordan, Alex, Jean, Kim, Robin, Morgan …) are
 * left out on purpose: a wrong gender is worse than none.
 */
const MALE = `
aaron abdul abdullah adam adrian ahmad ahmed aidan alan alastair albert alberto alejandro alessandro alexander
alexandre alfonso alfred ali alistair allan amir anand andre  andreas andrew andy angelo anthony antoine
anton antonio armando arnold arthur arun ashok austin  barry basil ben benjamin benoit bernard bill billy
bjorn blake bob bobby boris brad bradley brandon brendan brent brett brian bruce bruno bryan bryce byron caleb
calvin cameron carl carlos  cedric chad charles charlie chester chuck clarence claude clayton clifford
clint clinton colin conor connor conrad craig curtis  damian dan daniel danny darius darrell darren darryl
dave david dean dennis derek desmond dieter diego dimitri dmitri dominic don donald doug douglas duane duncan
dustin dwayne dwight earl ed eddie edgar eduardo edward edwin elijah elliot  emanuel emile emmanuel enrique
eric erik ernest ernesto ethan eugene evan fabian farid faisal felipe felix fernando francesco francisco frank
franklin fraser fred freddie frederick gabriel garrett gary gavin geoff geoffrey george gerald gerard gerhard
giovanni giuseppe glen glenn gordon graham grant greg gregory guillaume gustavo guy hamid hans harold harry
harvey hassan hector henri henry herbert howard hugh hugo hussein ian ibrahim igor isaac ivan jack jacob jacques
jake james jamal jared jason javier jay jeff jeffrey jeremy jerome jerry jesus jim jimmy joe joel johan john
johnny jon jonathan jorge jose joseph josh joshua juan julian julien justin kareem karl keith ken kenneth kevin
khalid kurt kyle lance larry lars lawrence  leo leon leonard leonardo liam lloyd logan lorenzo louis luc
luca lucas luis luke malcolm manuel marc marcel marco marcus mario mark martin marvin mathieu matt matthew maurice
max maxime melvin michael michel miguel mike miles mitch mitchell mohamed mohammad mohammed muhammad murray
nathan nathaniel neil nicholas nick nicolas nigel noah norman olivier omar oscar owen pablo patrick paul pedro
percy pete peter phil philip philippe pierre rafael rahul raj rajesh ralph ramon randall randy raphael raul ray
raymond reggie reginald rene ricardo richard rick ricky rob robert roberto rod rodney roger roland ronald ross roy
rudy russell ryan salim salvatore  samir samuel scott sean sebastien sergei sergio seth shane shaun shawn
sidney simon stanley stefan stephane stephen steve steven stewart stuart sunil tariq ted terrence theodore thierry
thomas tim timothy toby todd tom tommy tony travis trevor troy tyler ulrich victor vijay vincent vladimir wade
walter warren wayne wesley william willie wolfgang xavier yann yusuf yves zachary
`;

const FEMALE = `
abigail ada adriana adrienne agnes aisha alexandra  alice alicia alison allison amanda amber amelia amina
amy ana anastasia andrea angela angelica angelina anita ann anna anne annette annie antoinette april ariana
audrey barbara beatrice becky belinda bernadette beth bethany betty beverly bianca bonnie brenda briana bridget
brigitte brittany brooke camille candace carla carmen carol caroline carolyn catherine cathy cecilia celine
charlene charlotte chantal chelsea cheryl chloe christina christine  cindy claire clara claudia colleen
connie constance cristina crystal cynthia daisy danielle daphne deborah debra denise diana diane dina dolores
donna doris dorothy eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen eloise emily emma erica
erin esther eva evelyn fatima fiona florence frances francine gabrielle gail genevieve georgia geraldine gillian
gina giselle gladys gloria grace gwen hailey hannah harriet hayley heather heidi helen helena hilary holly ingrid
irene iris isabel isabella isabelle jacqueline jane janet janice jasmine  jeanne jeannette jennifer jenny
jessica jill joan joanna joanne jocelyn josephine joy joyce judith judy julia julie juliette june justine karen
karina kate katherine kathleen kathryn kathy katie katrina kayla  kendra kimberly kristen kristin laura
lauren laurie layla leah leila lena  liliane lillian lily linda lindsay lindsey lisa liz lorraine louise
lucia lucy lydia lynn madeleine madison maggie mandy manon margaret margo maria mariam marian marie marilyn
marion marissa marlene martha mary maryam maureen megan melanie melissa meredith mia michelle  miranda
molly monica monique nadia nancy naomi natalie natasha nathalie nicole nina nora norma olga olivia paige pam
pamela patricia paula pauline peggy penelope penny philippa priya rachel rebecca regina renee rhonda rita roberta
rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah shannon sharon sheila shelley sherry
shirley silvia simone sofia sonia sophia sophie stacey stephanie susan suzanne sylvia tamara tanya tara teresa
theresa tiffany tina tracy valerie vanessa vera veronica victoria violet virginia vivian wanda wendy yasmin
yolanda yvonne zoe
`;

function parse(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== "");
}

/** Gender of a common given name, lower-case key: "luis" → "m", "maria" → "f". */
export const FIRST_NAME_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ...parse(MALE).map((n) => [n, "m"] as const),
  ...parse(FEMALE).map((n) => [n, "f"] as const),
]);
