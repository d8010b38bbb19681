-- 法律援助法 (2021), DESIGN §10.2: the facts and records the statute's rules need.
-- 第26条: a possible life or death sentence (also when the 第25条 ground is another one) and the assigned lawyer's
-- years of practice.
ALTER TABLE application ADD COLUMN possible_life_or_death     BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE application ADD COLUMN provider_years_of_practice INTEGER CHECK (provider_years_of_practice >= 0);
